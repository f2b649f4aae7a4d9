"""Logging cookbook set-up: the loop thread only enqueues; a listener thread writes."""
import logging
import queue
import sys
from logging.handlers import QueueHandler, QueueListener, RotatingFileHandler


def start_logging(log_file: str = "kv.log", level: int = logging.INFO) -> QueueListener:
    formatter = logging.Formatter("%(asctime)s %(threadName)s %(name)s %(levelname)s %(message)s")
    file_handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=2)
    console = logging.StreamHandler(sys.stdout)
    for handler in (file_handler, console):
        handler.setFormatter(formatter)
    log_queue: queue.Queue = queue.Queue(-1)
    listener = QueueListener(log_queue, file_handler, console, respect_handler_level=True)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(QueueHandler(log_queue))
    listener.start()
    return listener
