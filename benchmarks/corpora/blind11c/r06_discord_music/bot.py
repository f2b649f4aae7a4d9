"""``python bot.py``: the music bot."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import discord
from discord.ext import commands

from musicbot.cogs.player import Player
from musicbot.cogs.playlists import Playlists

log = logging.getLogger("musicbot")

intents = discord.Intents.default()
intents.message_content = True
intents.voice_states = True


class TuneBot(commands.Bot):
    async def setup_hook(self) -> None:
        await self.add_cog(Player(self))
        await self.add_cog(Playlists(self, Path(os.environ.get("TUNEBOT_DATA", "data"))))
        synced = await self.tree.sync()
        log.info("cogs loaded, %d app commands synced", len(synced))

    async def on_ready(self) -> None:
        await self.change_presence(activity=discord.Activity(type=discord.ActivityType.listening, name="!play"))


def main() -> None:
    discord.utils.setup_logging(level=logging.INFO)
    bot = TuneBot(command_prefix=commands.when_mentioned_or("!"), intents=intents)
    bot.run(os.environ["DISCORD_TOKEN"], log_handler=None)


if __name__ == "__main__":
    main()
