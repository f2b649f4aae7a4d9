"""Configure logging, then move every root handler behind a queue.

basicConfig() builds the handlers as usual; the QueueListener thread then owns
them and the root logger keeps only a QueueHandler.
"""
import atexit
import logging
import logging.handlers
import os
import queue

FORMAT = "%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s"


def configure(level="INFO", log_dir=None):
    log_dir = log_dir or os.environ.get("JOBQ_LOG_DIR", "logs")
    os.makedirs(log_dir, exist_ok=True)
    logging.basicConfig(
        level=level,
        format=FORMAT,
        handlers=[
            logging.handlers.RotatingFileHandler(os.path.join(log_dir, "jobq.log"), maxBytes=10_000_000, backupCount=5),
            logging.StreamHandler(),
        ],
    )
    root = logging.getLogger()
    log_queue = queue.Queue(-1)
    listener = logging.handlers.QueueListener(log_queue, *root.handlers, respect_handler_level=True)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener.start()
    atexit.register(listener.stop)
    return listener
