from __future__ import annotations

import discord
from discord.ext import commands

from tunebot import db
from tunebot.cogs.admin import Admin
from tunebot.cogs.music import Music
from tunebot.log import get_logger

log = get_logger("bot")


class TuneBot(commands.Bot):
    def __init__(self, db_path: str) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(command_prefix=commands.when_mentioned_or("!"), intents=intents)
        self.db_path = db_path
        self.pool = None

    async def setup_hook(self) -> None:
        self.pool = await db.connect(self.db_path)
        await self.add_cog(Music(self))
        await self.add_cog(Admin(self))
        synced = await self.tree.sync()
        log.info("synced %d application commands", len(synced))

    async def on_ready(self) -> None:
        log.info("logged in as %s (%s)", self.user, self.user.id)

    async def on_command_error(self, ctx: commands.Context, error: Exception) -> None:
        if isinstance(error, commands.CommandNotFound):
            return
        log.error("command %s failed", ctx.command, exc_info=error)
        await ctx.send("Something went wrong.")
