import logging
from datetime import datetime, timedelta, timezone
from logging import handlers

import discord
from discord.ext import commands, tasks

ticket_log = logging.getLogger("guardbot.tickets")
ticket_log.propagate = False
_file = handlers.RotatingFileHandler("tickets.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
ticket_log.addHandler(_file)

TICKET_CATEGORY = "Tickets"
STALE_AFTER = timedelta(days=3)


def _channel_name(member: discord.abc.User) -> str:
    name = f"ticket-{member.name}".lower().replace(" ", "-")[:90]
    ticket_log.debug("channel name for %s is %s", member, name)
    return name


class Tickets(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.prune_stale.start()

    def cog_unload(self) -> None:
        self.prune_stale.cancel()

    @commands.command(name="ticket")
    async def open_ticket(self, ctx: commands.Context, *, topic: str = "no topic") -> None:
        category = discord.utils.get(ctx.guild.categories, name=TICKET_CATEGORY)
        channel = await ctx.guild.create_text_channel(_channel_name(ctx.author), category=category, topic=topic)
        ticket_log.info("ticket %s opened by %s: %s", channel.id, ctx.author, topic)
        await channel.send(f"{ctx.author.mention} a moderator will be with you shortly.")

    @commands.command(name="close")
    async def close_ticket(self, ctx: commands.Context) -> None:
        if not ctx.channel.name.startswith("ticket-"):
            await ctx.send("This is not a ticket channel.")
            return
        ticket_log.info("ticket %s closed by %s", ctx.channel.id, ctx.author)
        await ctx.channel.delete(reason=f"closed by {ctx.author}")

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        if str(payload.emoji) != "\N{WHITE HEAVY CHECK MARK}":
            return
        channel = self.bot.get_channel(payload.channel_id)
        if channel is not None and channel.name.startswith("ticket-"):
            ticket_log.info("ticket %s marked solved by %s", channel.id, payload.user_id)

    @tasks.loop(minutes=30)
    async def prune_stale(self) -> None:
        now = datetime.now(timezone.utc)
        for guild in self.bot.guilds:
            for channel in guild.text_channels:
                if channel.name.startswith("ticket-") and now - channel.created_at > STALE_AFTER:
                    ticket_log.info("pruning stale ticket %s", channel.id)
                    await channel.delete(reason="stale ticket")

    @prune_stale.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()
