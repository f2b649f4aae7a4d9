import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener


def setup_queue_logging(*handlers: logging.Handler, level: int = logging.INFO) -> QueueListener:
    """Attach one QueueHandler to root; the given (blocking) handlers run on the listener thread."""
    q: queue.Queue = queue.Queue(-1)
    listener = QueueListener(q, *handlers, respect_handler_level=True)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(QueueHandler(q))
    listener.start()
    atexit.register(listener.stop)
    return listener
