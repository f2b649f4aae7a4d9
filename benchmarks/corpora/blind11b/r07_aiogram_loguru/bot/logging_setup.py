import logging
import sys

from loguru import logger

from common.intercept import InterceptHandler


def setup_logging(level: str = "INFO") -> None:
    logger.remove()
    logger.add(sys.stderr, level=level, colorize=True)
    logger.add(
        "logs/bot_{time:YYYY-MM-DD}.log",
        rotation="00:00",
        retention="14 days",
        level="DEBUG",
        encoding="utf-8",
    )
    logging.basicConfig(handlers=[InterceptHandler()], level=logging.INFO, force=True)
