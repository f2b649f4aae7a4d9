import logging
import sys

from loguru import logger

from common.intercept import InterceptHandler


def setup_logging() -> None:
    logger.remove()
    logger.add(sys.stderr, level="INFO", serialize=True)
    logging.basicConfig(handlers=[InterceptHandler()], level=logging.INFO, force=True)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "fastapi"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
