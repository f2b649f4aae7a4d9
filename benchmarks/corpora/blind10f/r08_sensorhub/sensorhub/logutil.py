from __future__ import annotations

import logging
import logging.handlers

from sensorhub.logfiles import FORMAT


def attach(logger: logging.Logger, handler: logging.handlers.RotatingFileHandler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)


def detach_all(logger: logging.Logger) -> None:
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
