"""Handler factories shared by the worker and the API."""
import logging
import os
import queue
from logging import handlers
from logging.handlers import QueueHandler, QueueListener

FMT = logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s")
LOG_DIR = os.environ.get("HARVESTER_LOG_DIR", "var/log")


class RotatingFileHandler(handlers.RotatingFileHandler):
    """Rotating file handler that creates its directory first."""

    def __init__(self, filename: str, **kwargs) -> None:
        os.makedirs(os.path.dirname(filename) or ".", exist_ok=True)
        super().__init__(filename, **kwargs)


def file_handler(name: str) -> RotatingFileHandler:
    handler = RotatingFileHandler(os.path.join(LOG_DIR, f"{name}.log"), maxBytes=5_000_000, backupCount=2)
    handler.setFormatter(FMT)
    return handler


def queued_root(*targets: logging.Handler) -> QueueListener:
    log_queue = queue.SimpleQueue()
    listener = QueueListener(log_queue, *targets, respect_handler_level=True)
    logging.getLogger().addHandler(QueueHandler(log_queue))
    listener.start()
    return listener
