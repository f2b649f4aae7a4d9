import logging
import os
from logging.handlers import TimedRotatingFileHandler


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"podfetch.{name}")


def make_handlers(log_dir: str):
    """The everything-log (rotated daily, two weeks kept) and an errors-only file."""
    os.makedirs(log_dir, exist_ok=True)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    everything = TimedRotatingFileHandler(os.path.join(log_dir, "podfetch.log"), when="D", backupCount=14)
    errors = logging.FileHandler(os.path.join(log_dir, "errors.log"))
    errors.setLevel(logging.ERROR)
    for handler in (everything, errors):
        handler.setFormatter(formatter)
    return everything, errors
