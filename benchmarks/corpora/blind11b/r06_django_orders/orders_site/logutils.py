import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path


class SafeRotatingFileHandler(RotatingFileHandler):
    """RotatingFileHandler that creates the log directory first (fresh containers have none)."""

    def __init__(self, filename, *args, **kwargs):
        Path(filename).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(filename, *args, **kwargs)


class ColorConsoleHandler(logging.Handler):
    """Coloured one-line console output for the payment team's `docker logs -f`."""

    COLORS = {"WARNING": "\033[33m", "ERROR": "\033[31m", "CRITICAL": "\033[1;31m"}

    def emit(self, record):
        try:
            color = self.COLORS.get(record.levelname, "")
            print(f"{color}{self.format(record)}\033[0m", flush=True)
        except Exception:
            self.handleError(record)
