import discord
from discord.ext import commands

from modbot import config
from modbot.logs import LOGGERS

bot = commands.Bot(command_prefix=config.PREFIX, intents=discord.Intents.default())


async def load_cogs():
    import cogs.events
    import cogs.moderation

    for module in (cogs.moderation, cogs.events):
        await module.setup(bot)


bot.setup_hook = load_cogs


@bot.event
async def on_ready():
    LOGGERS["events"].info("logged in as %s with %d cogs", bot.user, len(bot.cogs))


if __name__ == "__main__":
    bot.run(config.TOKEN, root_logger=True)
