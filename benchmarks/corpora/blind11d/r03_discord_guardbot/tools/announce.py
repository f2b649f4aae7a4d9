"""Tiny one-shot client that posts release notes to #announcements and exits.

    python tools/announce.py CHANGELOG-excerpt.md
"""

import logging
import os
import sys

import discord

log = logging.getLogger("announce")

CHANNEL_ID = int(os.environ.get("ANNOUNCE_CHANNEL_ID", "0"))


class Announcer(discord.Client):
    def __init__(self, text: str) -> None:
        super().__init__(intents=discord.Intents.default())
        self.text = text

    async def on_ready(self) -> None:
        log.info("connected as %s", self.user)
        channel = self.get_channel(CHANNEL_ID) or await self.fetch_channel(CHANNEL_ID)
        await channel.send(self.text[:2000])
        await self.close()

    async def on_error(self, event_method: str, *args, **kwargs) -> None:
        log.exception("error in %s", event_method)
        await self.close()


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        notes = fh.read()
    Announcer(notes).run(os.environ["DISCORD_TOKEN"], root_logger=True)
