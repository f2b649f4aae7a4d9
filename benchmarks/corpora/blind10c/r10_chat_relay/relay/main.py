"""`relay`: run the IRC <-> Matrix relay."""
import asyncio
import logging
import os

from relay import logconfig, metrics
from relay.bridge import Bridge
from relay.irc import IrcClient
from relay.matrix import MatrixClient

log = logging.getLogger("relay")

SAMPLE_TRAFFIC = (
    ":ann!~ann@example.org PRIVMSG #ops :deploy done",
    ":bo!~bo@example.org PRIVMSG #ops :!admin the bot is lagging",
    ":cy!~cy@example.org PRIVMSG #random :lunch?",
)


async def run():
    log.info("relay starting")
    matrix = MatrixClient("https://matrix.example.org", {"#ops": "!ops:example.org"})
    irc = IrcClient("irc.example.net", ("#ops", "#random"), Bridge(matrix))
    await irc.connect()
    for line in SAMPLE_TRAFFIC:
        await irc.on_privmsg(line)
    await metrics.tick()


def main():
    logconfig.install(os.environ.get("RELAY_WEBHOOK", "http://127.0.0.1:9/hooks/relay"))
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(run())
    finally:
        loop.close()


if __name__ == "__main__":
    main()
