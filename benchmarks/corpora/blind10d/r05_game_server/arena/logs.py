import logging
import logging.handlers
import os
import queue


def setup(log_dir: str = "logs") -> logging.handlers.QueueListener:
    os.makedirs(log_dir, exist_ok=True)
    log_queue = queue.Queue()
    file_handler = logging.FileHandler(os.path.join(log_dir, "arena.log"))
    console = logging.StreamHandler()
    listener = logging.handlers.QueueListener(log_queue, file_handler, console, respect_handler_level=True)
    logging.basicConfig(level=logging.INFO, handlers=[logging.handlers.QueueHandler(log_queue)])
    listener.start()
    return listener
