from __future__ import annotations

import discord
from discord.ext import commands

from tunebot.mixins import LoggingMixin


class Admin(LoggingMixin, commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.command()
    @commands.is_owner()
    async def shutdown(self, ctx: commands.Context) -> None:
        self.log.warning("shutdown requested by %s", ctx.author)
        await ctx.send("Bye!")
        await self.bot.close()

    @commands.command()
    async def ping(self, ctx: commands.Context) -> None:
        def describe(latency: float) -> str:
            self.log.info("latency probe: %.1f ms", latency * 1000)
            return f"Pong! {latency * 1000:.0f} ms"

        await ctx.send(describe(self.bot.latency))

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        self.log.info("joined guild %s (%d members)", guild.name, guild.member_count)
