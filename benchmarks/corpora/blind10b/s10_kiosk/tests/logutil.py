"""Test utility: capture a logger's records in a file."""
import logging
from contextlib import contextmanager


@contextmanager
def file_log(path: str, name: str = "kiosk"):
    handler = logging.FileHandler(path)
    logger = logging.getLogger(name)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        handler.close()
