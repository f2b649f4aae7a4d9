"""Route stdlib logging (uvicorn, httpx, our clients) into loguru."""
from __future__ import annotations

import inspect
import logging
import os
import sys
from pathlib import Path

from loguru import logger

LOG_DIR = Path(os.environ.get("ORDERS_LOG_DIR", "logs"))


class InterceptHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            level: str | int = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno

        frame, depth = inspect.currentframe(), 0
        while frame and (depth == 0 or frame.f_code.co_filename == logging.__file__):
            frame = frame.f_back
            depth += 1

        logger.opt(depth=depth, exception=record.exc_info).log(level, record.getMessage())


def setup_logging(json_logs: bool = False) -> None:
    logging.basicConfig(handlers=[InterceptHandler()], level=0, force=True)

    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "fastapi"):
        std_logger = logging.getLogger(name)
        std_logger.handlers = [InterceptHandler()]
        std_logger.propagate = False

    logger.remove()
    logger.add(sys.stderr, level="INFO", serialize=json_logs, backtrace=False)
    logger.add(LOG_DIR / "orders_{time:YYYY-MM-DD}.log", level="INFO", rotation="00:00", retention="14 days")
