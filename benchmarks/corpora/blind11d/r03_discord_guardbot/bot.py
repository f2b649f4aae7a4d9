import logging
import os

import discord
from discord.ext import commands

from cogs.moderation import Moderation
from cogs.tickets import Tickets

log = logging.getLogger("guardbot")

intents = discord.Intents.default()
intents.message_content = True
intents.members = True


class GuardBot(commands.Bot):
    async def setup_hook(self) -> None:
        await self.add_cog(Moderation(self))
        await self.add_cog(Tickets(self))
        log.info("cogs loaded: %s", ", ".join(self.cogs))

    async def on_ready(self) -> None:
        log.info("logged in as %s (id %s)", self.user, self.user.id)
        await self.change_presence(activity=discord.Game(name="!ticket for help"))


def main() -> None:
    discord.utils.setup_logging(level=logging.INFO)
    bot = GuardBot(command_prefix="!", intents=intents)
    bot.run(os.environ["DISCORD_TOKEN"], log_handler=None)


if __name__ == "__main__":
    main()
