from __future__ import annotations

from discord.ext import commands

from tunebot import db
from tunebot.log import get_logger

log = get_logger("music")


def format_track(track: str, position: int) -> str:
    return f"{position:>3}. {track}"


class Music(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.queues: dict[int, list[str]] = {}

    def queue_for(self, guild_id: int) -> list[str]:
        queue = self.queues.setdefault(guild_id, [])
        log.debug("queue for %s has %d entries", guild_id, len(queue))
        return queue

    @commands.hybrid_command(name="play")
    async def play(self, ctx: commands.Context, *, query: str) -> None:
        queue = self.queue_for(ctx.guild.id)
        queue.append(query)
        log.info("queued %r in guild %s", query, ctx.guild.id)
        await db.record_play(self.bot.pool, ctx.guild.id, query)
        await ctx.send(f"Queued **{query}** (position {len(queue)})")

    @commands.hybrid_command(name="skip")
    async def skip(self, ctx: commands.Context) -> None:
        queue = self.queues.get(ctx.guild.id)
        if not queue:
            await ctx.send("Nothing is playing.")
            return
        skipped = queue.pop(0)
        await ctx.send(f"Skipped {skipped}")
        log.info("skipped %r in guild %s", skipped, ctx.guild.id)
        if not queue:
            log.info("queue of guild %s is now empty", ctx.guild.id)

    @commands.hybrid_command(name="queue")
    async def show_queue(self, ctx: commands.Context) -> None:
        lines = [format_track(t, i) for i, t in enumerate(self.queues.get(ctx.guild.id, []), 1)]
        await ctx.send("\n".join(lines) or "The queue is empty.")
