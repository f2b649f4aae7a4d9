"""Where the bridge's log records go."""
import logging
import os
import sys
from logging.handlers import RotatingFileHandler

LOG_DIR = os.environ.get("MXBRIDGE_LOG_DIR", "logs")
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"mxbridge.{name}")


def file_handler(filename: str = "bridge.log") -> RotatingFileHandler:
    os.makedirs(LOG_DIR, exist_ok=True)
    handler = RotatingFileHandler(
        os.path.join(LOG_DIR, filename), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def console_handler() -> logging.StreamHandler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.WARNING)
    return handler


def install_file_handler(target: logging.Logger, handler: RotatingFileHandler) -> None:
    handler.setLevel(logging.DEBUG)
    target.addHandler(handler)
