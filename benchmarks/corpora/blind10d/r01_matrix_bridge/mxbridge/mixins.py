import logging


class LoggingMixin:
    """Gives every bridge component a logger named after its class."""

    @property
    def log(self) -> logging.Logger:
        return logging.getLogger(f"mxbridge.{type(self).__name__.lower()}")
