import asyncio
import logging

from mxbridge.logconf import get_logger


def parse_line(line: str) -> dict:
    prefix, _, rest = line.lstrip(":").partition(" ")
    command, _, params = rest.partition(" ")
    target, _, text = params.partition(" :")
    return {"nick": prefix.split("!")[0], "command": command, "target": target, "text": text}


async def flood_guard(log: logging.Logger, sent: list, limit: int = 10) -> bool:
    log.debug("%d lines in the send buffer", len(sent))
    if len(sent) > limit:
        await asyncio.sleep(0.01)
        return True
    return False


class IrcSide:
    def __init__(self, server: str, port: int):
        self.server = server
        self.port = port
        self.sent = []
        self.log = get_logger("irc")

    async def connect(self):
        await asyncio.sleep(0)
        self.log.info("connected to %s:%d as mxbridge", self.server, self.port)

    async def send_privmsg(self, channel: str, text: str):
        await flood_guard(self.log, self.sent)
        self.sent.append(f"PRIVMSG {channel} :{text}")
        await asyncio.sleep(0)

    async def quit(self, reason: str):
        await asyncio.sleep(0)
        self.log.warning("QUIT :%s (%d lines sent)", reason, len(self.sent))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, filename="irc_debug.log")
    for sample in (":ana!a@host PRIVMSG #ops :hello", ":bo!b@host NOTICE #ops :ping"):
        logging.debug("parsed %s", parse_line(sample))
        print(parse_line(sample))
