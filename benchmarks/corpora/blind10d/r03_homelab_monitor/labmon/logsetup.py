import atexit
import logging
import logging.handlers
import os
import queue
import sys

FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger("labmon." + name)


def start_queued_logging(log_dir: str = "logs", level: int = logging.INFO) -> logging.handlers.QueueListener:
    """Root gets a QueueHandler; the file and console handlers run on the listener's thread."""
    os.makedirs(log_dir, exist_ok=True)
    formatter = logging.Formatter(FORMAT)
    file_handler = logging.handlers.RotatingFileHandler(
        os.path.join(log_dir, "labmon.log"), maxBytes=5_000_000, backupCount=5
    )
    console = logging.StreamHandler(sys.stderr)
    for handler in (file_handler, console):
        handler.setFormatter(formatter)
    log_queue = queue.Queue(-1)
    listener = logging.handlers.QueueListener(log_queue, file_handler, console, respect_handler_level=True)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener.start()
    atexit.register(listener.stop)
    return listener
