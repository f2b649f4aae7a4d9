import logging

import discord
from discord.ext import commands

alerts = logging.getLogger("modbot.alerts")


class Reports(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message_delete(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None:
            return
        alerts.warning(
            "message by %s deleted in #%s: %.200s",
            message.author,
            message.channel,
            message.content,
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Reports(bot))
