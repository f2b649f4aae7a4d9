from discord import Member
from discord.ext import commands

from modbot.durations import parse_duration
from modbot.logs import LOGGERS


class Moderation(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.warnings = {}

    async def cog_load(self):
        LOGGERS["mod"].info("moderation cog loaded")

    @commands.command()
    async def kick(self, ctx, member_name: str):
        LOGGERS["audit"].info("kick requested by %s", ctx.author.name)
        await ctx.send(f"{member_name} was kicked")
        LOGGERS["mod"].info("%s kicked %s", ctx.author.name, member_name)

    @commands.command()
    async def warn(self, ctx, member_name: str, *reason: str):
        count = self.warnings[member_name] = self.warnings.get(member_name, 0) + 1
        LOGGERS["mod"].warning("%s warned %s (%d): %s", ctx.author.name, member_name, count, " ".join(reason))
        if count >= 3:
            await ctx.send(f"{member_name} muted for {parse_duration('1h')} s")


async def setup(bot):
    await bot.add_cog(Moderation(bot))
