from __future__ import annotations

import aiohttp
from discord.ext import commands, tasks

from tradewatch import config
from tradewatch.cogs.watchlist import WATCHLIST
from tradewatch.mail import alert_logger
from tradewatch.mixins import LoggingMixin
from tradewatch.strategies import crossed

ALERTS = alert_logger()


class Quotes(LoggingMixin, commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.last: dict[str, float] = {}
        self.session: aiohttp.ClientSession | None = None

    async def cog_load(self) -> None:
        self.session = aiohttp.ClientSession(base_url=config.QUOTE_API)
        self.poll_prices.start()
        self.daily_digest.start()

    async def cog_unload(self) -> None:
        self.poll_prices.cancel()
        self.daily_digest.cancel()
        await self.session.close()

    async def price(self, symbol: str) -> float:
        async with self.session.get(f"/quote/{symbol}") as response:
            return float((await response.json())["price"])

    @commands.command(name="quote")
    async def quote(self, ctx: commands.Context, symbol: str) -> None:
        value = await self.price(symbol.upper())
        self.logger.info("quote %s = %s for %s", symbol, value, ctx.author)
        await ctx.send(f"{symbol.upper()}: {value}")

    async def fire_alert(self, symbol: str, level: float, value: float) -> None:
        ALERTS.warning("%s crossed %s (now %s)", symbol, level, value)
        channel = self.bot.get_channel(self.bot.alert_channel_id)
        if channel is not None:
            await channel.send(f":rotating_light: {symbol} crossed {level} (now {value})")

    @tasks.loop(minutes=1)
    async def poll_prices(self) -> None:
        for symbol, levels in WATCHLIST.items():
            try:
                value = await self.price(symbol)
            except aiohttp.ClientError as exc:
                self.logger.warning("quote for %s failed: %s", symbol, exc)
                continue
            previous = self.last.get(symbol, value)
            for level in levels:
                if crossed(previous, value, level):
                    await self.fire_alert(symbol, level, value)
            self.last[symbol] = value

    @tasks.loop(hours=24)
    async def daily_digest(self) -> None:
        lines = [f"{s}: {v}" for s, v in sorted(self.last.items())]
        ALERTS.info("daily digest\n%s", "\n".join(lines))
