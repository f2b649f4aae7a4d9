"""ModBot: moderation bot for the Pixel Forge community server."""

import logging
import os

import discord
from discord.ext import commands

from modbot import LOGGER
from modbot.alerting import WebhookAlertHandler
from modbot.db import Database

INITIAL_EXTENSIONS = ("cogs.moderation", "cogs.fun", "cogs.reports")


class ModBot(commands.Bot):
    def __init__(self, db: Database) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        intents.members = True
        super().__init__(command_prefix="!", intents=intents)
        self.db = db

    async def setup_hook(self) -> None:
        await self.db.connect()
        for ext in INITIAL_EXTENSIONS:
            await self.load_extension(ext)
        LOGGER.info("loaded %d extensions", len(INITIAL_EXTENSIONS))

    async def on_ready(self) -> None:
        LOGGER.info("logged in as %s (id %s)", self.user, self.user.id)
        await self.change_presence(activity=discord.Game(name="!help"))

    async def on_command_error(self, ctx: commands.Context, error: Exception) -> None:
        if isinstance(error, commands.CommandNotFound):
            return
        if isinstance(error, commands.MissingPermissions):
            await ctx.send("You are not allowed to do that.")
            return
        LOGGER.error("command %s failed", ctx.command, exc_info=error)
        await ctx.send("Something went wrong, the moderators have been told.")


def configure_logging() -> None:
    discord.utils.setup_logging(level=logging.INFO)

    alerts = logging.getLogger("modbot.alerts")
    alerts.propagate = False
    alerts.setLevel(logging.WARNING)
    alerts.addHandler(WebhookAlertHandler(os.environ["ALERT_WEBHOOK_URL"]))


def main() -> None:
    configure_logging()
    db = Database(os.environ.get("DATABASE_URL", "sqlite:///modbot.db"))
    bot = ModBot(db)
    # logging is configured above; keep discord.py from adding its own handler
    bot.run(os.environ["DISCORD_TOKEN"], log_handler=None)


if __name__ == "__main__":
    main()
