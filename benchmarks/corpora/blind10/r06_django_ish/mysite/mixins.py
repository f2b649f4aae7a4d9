import logging


class LoggingMixin:
    @property
    def logger(self):
        return logging.getLogger(f"mysite.views.{type(self).__name__}")
