"""Non-blocking logging: loggers only enqueue, a listener thread does the I/O."""
import logging
import logging.handlers
import queue
import sys

from gateway import settings

FORMATTER = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")


def setup_logging():
    log_queue = queue.SimpleQueue()
    file_handler = logging.handlers.RotatingFileHandler(settings.LOG_FILE, maxBytes=10_000_000, backupCount=3)
    console = logging.StreamHandler(sys.stderr)
    for handler in (file_handler, console):
        handler.setFormatter(FORMATTER)
    root = logging.getLogger()
    root.setLevel(settings.LEVEL)
    root.addHandler(logging.handlers.QueueHandler(log_queue))

    audit_queue = queue.SimpleQueue()
    audit = logging.getLogger("gateway.audit")
    audit.addHandler(logging.handlers.QueueHandler(audit_queue))
    audit.propagate = False

    listeners = [
        logging.handlers.QueueListener(log_queue, file_handler, console, respect_handler_level=True),
        logging.handlers.QueueListener(audit_queue, logging.FileHandler(settings.AUDIT_FILE)),
    ]
    for listener in listeners:
        listener.start()
    return listeners
