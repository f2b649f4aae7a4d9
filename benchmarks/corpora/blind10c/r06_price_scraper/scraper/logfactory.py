"""Handler factories shared by the scraper's entry points."""
import logging
import sys
from logging.handlers import RotatingFileHandler, TimedRotatingFileHandler

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def build_handlers(path: str) -> list[logging.Handler]:
    formatter = logging.Formatter(FORMAT)
    handlers = [TimedRotatingFileHandler(path, when="H", backupCount=48), logging.StreamHandler(sys.stderr)]
    for handler in handlers:
        handler.setFormatter(formatter)
    return handlers


def attach_error_file(logger: logging.Logger, handler: RotatingFileHandler) -> None:
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
