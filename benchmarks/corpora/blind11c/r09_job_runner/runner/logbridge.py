"""Route stdlib logging records into loguru (the recipe from loguru's README)."""

from __future__ import annotations

import inspect
import logging

from loguru import logger


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


def intercept_stdlib(level: int = logging.INFO) -> None:
    logging.basicConfig(handlers=[InterceptHandler()], level=level, force=True)
