import logging


class LoggingMixin:
    """Gives every view `self.logger`, named after the concrete class."""

    @property
    def logger(self) -> logging.Logger:
        return logging.getLogger(f"api.views.{type(self).__name__}")
