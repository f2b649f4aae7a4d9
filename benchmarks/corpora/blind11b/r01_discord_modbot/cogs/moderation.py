import logging

import discord
from concurrent_log_handler import ConcurrentRotatingFileHandler
from discord.ext import commands

modlog = logging.getLogger("modbot.modlog")


class Moderation(commands.Cog):
    """Ban / kick / case lookup. Every action is written to the mod log."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.command()
    @commands.has_permissions(ban_members=True)
    async def ban(self, ctx: commands.Context, member: discord.Member, *, reason: str = "no reason") -> None:
        await member.ban(reason=reason)
        case = await self.bot.db.record_case(ctx.guild.id, member.id, "ban", reason)
        modlog.info("case #%s: %s banned %s: %s", case, ctx.author, member, reason)
        await ctx.send(f"Banned {member} (case #{case}).")

    @commands.command()
    @commands.has_permissions(kick_members=True)
    async def kick(self, ctx: commands.Context, member: discord.Member, *, reason: str = "no reason") -> None:
        await member.kick(reason=reason)
        case = await self.bot.db.record_case(ctx.guild.id, member.id, "kick", reason)
        modlog.info("case #%s: %s kicked %s: %s", case, ctx.author, member, reason)
        await ctx.send(f"Kicked {member} (case #{case}).")

    @commands.command(name="case")
    async def show_case(self, ctx: commands.Context, case_id: int) -> None:
        row = await self.bot.db.fetch_case(case_id)
        if row is None:
            await ctx.send("No such case.")
            return
        await ctx.send(f"#{row[0]}: {row[3]} <@{row[2]}> ({row[4]})")


async def setup(bot: commands.Bot) -> None:
    handler = ConcurrentRotatingFileHandler(
        "logs/modlog.log", maxBytes=5_000_000, backupCount=10, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    modlog.setLevel(logging.INFO)
    modlog.addHandler(handler)
    await bot.add_cog(Moderation(bot))
