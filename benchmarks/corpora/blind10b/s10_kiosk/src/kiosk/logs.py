"""Logger factory: a named logger that hands its records to a listener thread."""
import logging
import queue
from logging.handlers import QueueHandler, QueueListener


def make_queue_logger(name: str, *targets: logging.Handler) -> tuple[logging.Logger, QueueListener]:
    log_queue: queue.SimpleQueue = queue.SimpleQueue()
    logger = logging.getLogger(name)
    logger.handlers = [QueueHandler(log_queue)]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    listener = QueueListener(log_queue, *targets)
    listener.start()
    return logger, listener
