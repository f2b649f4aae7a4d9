import logging


class LoggingMixin:
    """Gives every cog a ``self.log`` named after the cog class."""

    @property
    def log(self) -> logging.Logger:
        return logging.getLogger(f"tunebot.cogs.{type(self).__name__.lower()}")
