import logging


class LoggingMixin:
    @property
    def logger(self) -> logging.Logger:
        return logging.getLogger(f"{self.__module__}.{type(self).__name__}")
