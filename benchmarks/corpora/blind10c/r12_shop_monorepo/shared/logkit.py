"""Logging helpers shared by every program of the monorepo."""
import logging
import logging.handlers
import queue

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def file_handler(path: str) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=10_000_000, backupCount=5)
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def queue_logging(*targets: logging.Handler) -> logging.handlers.QueueListener:
    log_queue = queue.SimpleQueue()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener = logging.handlers.QueueListener(log_queue, *targets, respect_handler_level=True)
    listener.start()
    return listener
