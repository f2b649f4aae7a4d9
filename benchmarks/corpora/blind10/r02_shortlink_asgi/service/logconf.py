"""Logging for the service process.

Handlers that touch the disk or the terminal are run by a QueueListener thread;
the event loop only ever puts records on a queue.
"""
import logging
import logging.handlers
import os
import queue

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def build_handlers(log_dir=None):
    log_dir = log_dir or os.environ.get("SERVICE_LOG_DIR", "logs")
    os.makedirs(log_dir, exist_ok=True)
    formatter = logging.Formatter(LOG_FORMAT)
    file_handler = logging.handlers.TimedRotatingFileHandler(
        os.path.join(log_dir, "service.log"), when="midnight", backupCount=7
    )
    console = logging.StreamHandler()
    handlers = [file_handler, console]
    for handler in handlers:
        handler.setFormatter(formatter)
    return handlers


def start_queue_logging(level=logging.INFO):
    log_queue = queue.SimpleQueue()
    listener = logging.handlers.QueueListener(log_queue, *build_handlers(), respect_handler_level=True)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener.start()
    return listener
