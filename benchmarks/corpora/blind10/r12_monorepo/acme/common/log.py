"""Logging helpers shared by every ACME process."""
import logging
import logging.handlers
import os

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class RotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates the log directory before opening the file."""

    def __init__(self, filename, **kwargs):
        os.makedirs(os.path.dirname(filename) or ".", exist_ok=True)
        super().__init__(filename, **kwargs)


def get_logger(name):
    return logging.getLogger(f"acme.{name}")
