import logging
from logging.handlers import RotatingFileHandler

FMT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"


def add_file_sink(logger: logging.Logger, handler: RotatingFileHandler) -> None:
    """Give the shop's own loggers a rotating file of their own."""
    handler.setFormatter(logging.Formatter(FMT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
