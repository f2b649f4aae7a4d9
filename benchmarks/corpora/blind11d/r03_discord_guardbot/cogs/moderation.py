import logging
from datetime import timedelta

import discord
from discord.ext import commands

log = logging.getLogger(__name__)

BANNED_WORDS = {"free nitro", "steamcommunity.ru"}


class Moderation(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        log.info("member joined: %s (%s)", member, member.id)
        if member.created_at > discord.utils.utcnow() - timedelta(days=1):
            await member.timeout(timedelta(hours=1), reason="account younger than a day")

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        lowered = message.content.lower()
        if any(word in lowered for word in BANNED_WORDS):
            await message.delete()
            log.warning("deleted scam message from %s in #%s", message.author, message.channel)

    @commands.command()
    @commands.has_permissions(kick_members=True)
    async def kick(self, ctx: commands.Context, member: discord.Member, *, reason: str = "") -> None:
        await member.kick(reason=reason or None)
        log.info("%s kicked %s: %s", ctx.author, member, reason)
        await ctx.send(f"Kicked {member.mention}.")

    @commands.command()
    @commands.has_permissions(manage_messages=True)
    async def purge(self, ctx: commands.Context, limit: int = 20) -> None:
        deleted = await ctx.channel.purge(limit=min(limit, 200))
        log.info("%s purged %d messages in #%s", ctx.author, len(deleted), ctx.channel)
