from __future__ import annotations

import asyncio
import logging
import os

import discord
from discord.ext import commands

from cogs.moderation import Moderation
from cogs.tickets import Tickets
from utils.logs import BotLogHandler

log = logging.getLogger("modbot")


class ModBot(commands.Bot):
    async def setup_hook(self) -> None:
        await self.add_cog(Moderation(self))
        await self.add_cog(Tickets(self))
        synced = await self.tree.sync()
        log.info("synced %d application commands", len(synced))

    async def on_ready(self) -> None:
        log.info("logged in as %s (%s)", self.user, self.user.id)


async def main() -> None:
    intents = discord.Intents.default()
    intents.members = True
    intents.message_content = True
    async with ModBot(command_prefix="!", intents=intents) as bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


if __name__ == "__main__":
    discord.utils.setup_logging(handler=BotLogHandler(), level=logging.INFO)
    asyncio.run(main())
