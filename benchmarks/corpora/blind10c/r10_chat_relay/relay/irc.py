"""IRC side of the relay."""
import asyncio
import logging
import sys
from dataclasses import dataclass

log = logging.getLogger("relay.irc")


@dataclass
class Message:
    nick: str
    channel: str
    text: str


def parse_line(line):
    prefix, _, rest = line.lstrip(":").partition(" PRIVMSG ")
    channel, _, text = rest.partition(" :")
    return Message(prefix.split("!", 1)[0], channel, text)


class IrcClient:
    def __init__(self, server, channels, bridge):
        self.server, self.channels, self.bridge = server, channels, bridge

    async def connect(self):
        log.info("connecting to %s", self.server)
        await asyncio.sleep(0)
        for channel in self.channels:
            log.info("joined %s", channel)

    async def on_privmsg(self, line):
        message = parse_line(line)
        log.info("<%s> %s", message.nick, message.text)
        await self.bridge.forward(message)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
    sample = ":ann!~ann@example.org PRIVMSG #ops :deploy done"
    log.debug("parsing %r", sample)
    print(parse_line(sample))
