from __future__ import annotations

from discord.ext import commands

from tradewatch.mixins import LoggingMixin

WATCHLIST: dict[str, list[float]] = {}


class Watchlist(LoggingMixin, commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.command(name="watch")
    async def add(self, ctx: commands.Context, symbol: str, level: float) -> None:
        WATCHLIST.setdefault(symbol.upper(), []).append(level)
        self.logger.info("%s watches %s at %s", ctx.author, symbol, level)
        await ctx.send(f"Watching {symbol.upper()} at {level}")

    @commands.command(name="unwatch")
    async def remove(self, ctx: commands.Context, symbol: str) -> None:
        levels = WATCHLIST.pop(symbol.upper(), [])
        await ctx.send(f"Removed {len(levels)} levels for {symbol.upper()}")
        self.logger.info("%s cleared %s", ctx.author, symbol)
