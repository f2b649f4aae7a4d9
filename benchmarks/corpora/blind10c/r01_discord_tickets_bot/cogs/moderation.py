"""Moderation commands; every action is written to a separate audit log."""
import logging
import logging.handlers

import discordish

audit = logging.getLogger("tickets.audit")
metrics = logging.getLogger("tickets.metrics")


class Moderation(discordish.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.kicked = []

    async def kick(self, ctx, member, *reason):
        metrics.info("kick invoked in #%s", ctx.channel)
        self.kicked.append(member)
        audit.info("%s kicked %s (%s)", ctx.author, member, " ".join(reason) or "no reason")
        await ctx.send(f"{member} was kicked")

    async def stats(self, ctx):
        metrics.info("stats requested by %s", ctx.author)
        await ctx.send(f"{len(self.kicked)} kicks so far")


def setup(bot):
    audit_handler = logging.FileHandler("audit.log", encoding="utf-8")
    audit_handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    audit.addHandler(audit_handler)
    audit.propagate = False
    metrics.addHandler(logging.handlers.BufferingHandler(capacity=500))
    metrics.propagate = False
    cog = Moderation(bot)
    bot.add_cog(cog)
    bot.add_command("kick", cog.kick)
    bot.add_command("stats", cog.stats)
