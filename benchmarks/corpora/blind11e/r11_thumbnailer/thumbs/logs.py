from __future__ import annotations

import logging
import sys

from loguru import logger


class InterceptHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno
        logger.opt(depth=6, exception=record.exc_info).log(level, record.getMessage())


def configure(level: str = "INFO") -> None:
    logger.remove()
    logger.add(sys.stderr, level=level, enqueue=True,
               format="<green>{time:HH:mm:ss}</green> | <level>{level: <8}</level> | {name}:{line} - {message}")
    logger.add("logs/thumbnailer.log", level=level, enqueue=True, rotation="100 MB", compression="gz")
    logging.basicConfig(handlers=[InterceptHandler()], level=logging.INFO, force=True)
