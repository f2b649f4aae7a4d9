"""Configure logging, then move the real handlers behind a queue so the event loop never blocks."""
import logging
import logging.handlers
import queue

from agent import config


def setup():
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        handlers=[logging.handlers.RotatingFileHandler(config.LOG_FILE, maxBytes=2_000_000), logging.StreamHandler()],
    )
    root = logging.getLogger()
    moved = []
    for handler in list(root.handlers):
        root.removeHandler(handler)
        moved.append(handler)
    log_queue = queue.SimpleQueue()
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener = logging.handlers.QueueListener(log_queue, *moved, respect_handler_level=True)
    listener.start()
    return listener
