import logging


class LoggerMixin:
    @property
    def logger(self) -> logging.Logger:
        return logging.getLogger(type(self).__module__ + "." + type(self).__qualname__)
