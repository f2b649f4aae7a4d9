"""Logging for the bot process."""
import logging
import os
from logging.handlers import RotatingFileHandler

LOGGER = logging.getLogger("fleetbot")
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


def make_rotating(path: str) -> RotatingFileHandler:
    return RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")


def _install(logger: logging.Logger, handler: RotatingFileHandler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)


def setup(log_dir: str = "") -> None:
    log_dir = log_dir or os.environ.get("FLEETBOT_LOG_DIR", "logs")
    os.makedirs(log_dir, exist_ok=True)
    LOGGER.setLevel(logging.INFO)
    _install(LOGGER, make_rotating(os.path.join(log_dir, "bot.log")))
