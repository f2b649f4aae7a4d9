"""Moderation cog."""
from relay.cogs import audit
from relay.mixins import LoggingMixin

BANNED_WORDS = ("buy now", "free nitro")


class Moderation(LoggingMixin):
    def __init__(self) -> None:
        self.banned = set()

    async def on_message(self, message) -> None:
        if any(word in message.content for word in BANNED_WORDS):
            self.banned.add(message.author)
            self.logger.warning("flagged %s", message.author)
            await audit.record("flag", message.author)
        elif message.content.startswith("!ban "):
            self.logger.info("ban requested for %s", message.content[5:])
