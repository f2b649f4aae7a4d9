from __future__ import annotations

import logging

import discord
from discord.ext import commands

from musicbot.audio import YTDLSource
from musicbot.queue import Track, for_guild

log = logging.getLogger(__name__)


class Player(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    def _after(self, guild: discord.Guild, error: Exception | None) -> None:
        # runs on the voice thread, not on the loop
        if error:
            log.error("playback error in %s: %s", guild.id, error)
        self.bot.loop.call_soon_threadsafe(self.bot.dispatch, "track_end", guild)

    @commands.command()
    async def play(self, ctx: commands.Context, *, query: str) -> None:
        if ctx.author.voice is None:
            await ctx.reply("join a voice channel first")
            return
        if ctx.voice_client is None:
            await ctx.author.voice.channel.connect(self_deaf=True)
        source = await YTDLSource.from_query(query, loop=self.bot.loop)
        position = for_guild(ctx.guild.id).push(Track(source.title, source.url, ctx.author.id, source.duration))
        log.info("queued %r in guild %s at #%d", source.title, ctx.guild.id, position)
        if not ctx.voice_client.is_playing():
            ctx.voice_client.play(source, after=lambda e: self._after(ctx.guild, e))
        await ctx.reply(f"queued **{source.title}** (#{position})")

    @commands.command()
    async def skip(self, ctx: commands.Context) -> None:
        if ctx.voice_client and ctx.voice_client.is_playing():
            ctx.voice_client.stop()
            await ctx.message.add_reaction("\u23ed")

    @commands.Cog.listener()
    async def on_voice_state_update(self, member, before, after) -> None:
        vc = member.guild.voice_client
        if vc and len(vc.channel.members) == 1:
            log.info("alone in %s, disconnecting", vc.channel.name)
            await vc.disconnect()
