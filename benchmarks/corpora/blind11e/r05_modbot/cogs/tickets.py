from __future__ import annotations

import logging

import discord
from discord.ext import commands

log = logging.getLogger("modbot.tickets")


class Tickets(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @commands.hybrid_command(name="ticket")
    async def open_ticket(self, ctx: commands.Context, *, topic: str) -> None:
        overwrites = {
            ctx.guild.default_role: discord.PermissionOverwrite(view_channel=False),
            ctx.author: discord.PermissionOverwrite(view_channel=True),
        }
        channel = await ctx.guild.create_text_channel(f"ticket-{ctx.author.name}", overwrites=overwrites)
        log.info("ticket %s opened by %s: %s", channel.id, ctx.author, topic)
        await ctx.send(f"Ticket opened: {channel.mention}", ephemeral=True)
