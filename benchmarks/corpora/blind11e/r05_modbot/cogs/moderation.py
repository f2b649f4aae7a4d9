from __future__ import annotations

import logging

import discord
from discord.ext import commands

from utils.db import add_warning, fetch_config
from utils.logs import modlog_handler

log = logging.getLogger(__name__)

modlog = logging.getLogger("modlog")
modlog.setLevel(logging.INFO)
modlog.propagate = False
modlog.addHandler(modlog_handler())


class Moderation(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.command()
    @commands.has_permissions(kick_members=True)
    async def warn(self, ctx: commands.Context, member: discord.Member, *, reason: str) -> None:
        count = await add_warning(ctx.guild.id, member.id, reason)
        log.info("%s warned %s (%d): %s", ctx.author, member, count, reason)
        cfg = await fetch_config(ctx.guild.id)
        if count >= cfg["max_warnings"]:
            await member.kick(reason=f"{count} warnings")
        await ctx.send(f"{member.mention} warned ({count}/{cfg['max_warnings']})")

    @commands.command()
    @commands.has_permissions(ban_members=True)
    async def ban(self, ctx: commands.Context, member: discord.Member, *, reason: str = "") -> None:
        await member.ban(reason=reason)
        modlog.info("%s banned %s: %s", ctx.author, member, reason or "no reason")
        await ctx.send(f"Banned {member}")

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        cfg = await fetch_config(member.guild.id)
        channel = member.guild.get_channel(cfg["welcome_channel"] or 0)
        if channel is None:
            log.warning("welcome channel missing in %s", member.guild)
            return
        await channel.send(f"Welcome {member.mention}!")
