from __future__ import annotations

import logging
import os

import discord
from discord.ext import commands

from tradewatch.cogs.quotes import Quotes
from tradewatch.cogs.watchlist import Watchlist

log = logging.getLogger(__name__)


class TradeWatch(commands.Bot):
    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(command_prefix="$", intents=intents)
        self.alert_channel_id = int(os.environ.get("ALERT_CHANNEL", "0"))

    async def setup_hook(self) -> None:
        await self.add_cog(Watchlist(self))
        await self.add_cog(Quotes(self))
        log.info("cogs loaded: %s", ", ".join(self.cogs))

    async def on_ready(self) -> None:
        log.info("ready as %s in %d guilds", self.user, len(self.guilds))
