"""Logging helpers for tunebot."""
from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

ROOT_NAME = "tunebot"
FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"


def get_logger(name: str) -> logging.Logger:
    """Return the logger of a sub-system, e.g. ``get_logger("music")``."""
    return logging.getLogger(f"{ROOT_NAME}.{name}")


def setup(log_dir: Path, debug: bool = False) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    formatter = logging.Formatter(FORMAT, "%Y-%m-%d %H:%M:%S", style="{")
    handlers = [
        logging.handlers.RotatingFileHandler(
            log_dir / "tunebot.log",
            maxBytes=32 * 1024 * 1024,
            backupCount=5,
            encoding="utf-8",
        ),
        logging.StreamHandler(sys.stdout),
    ]
    logger = logging.getLogger(ROOT_NAME)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in handlers:
        handler.setFormatter(formatter)
        logger.addHandler(handler)

    logging.getLogger("discord").setLevel(logging.INFO)
    logging.getLogger("discord.http").setLevel(logging.WARNING)
