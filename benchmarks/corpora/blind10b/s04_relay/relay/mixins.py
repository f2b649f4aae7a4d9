import logging


class LoggingMixin:
    @property
    def logger(self) -> logging.Logger:
        return logging.getLogger(f"relay.{type(self).__name__.lower()}")
