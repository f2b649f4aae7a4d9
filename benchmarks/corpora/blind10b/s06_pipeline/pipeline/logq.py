"""The queue every worker record goes through, and the thread that drains it."""
import logging
import queue
import sys
from logging.handlers import QueueListener, RotatingFileHandler

LOG_QUEUE: "queue.Queue[logging.LogRecord]" = queue.Queue(-1)


def start_listener(path: str = "pipeline-worker.log") -> QueueListener:
    targets = [
        logging.StreamHandler(sys.stderr),
        RotatingFileHandler(path, maxBytes=1 << 20, backupCount=3, delay=True),
    ]
    for target in targets:
        target.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    listener = QueueListener(LOG_QUEUE, *targets, respect_handler_level=True)
    listener.start()
    return listener
