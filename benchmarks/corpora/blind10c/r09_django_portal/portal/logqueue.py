"""The queue every portal log record goes through; the listener thread owns the I/O."""
import logging
import logging.handlers
import queue

LOG_QUEUE = queue.Queue(-1)
_listener = None


def on_startup():
    global _listener
    if _listener is None:
        _listener = logging.handlers.QueueListener(
            LOG_QUEUE,
            logging.handlers.RotatingFileHandler("portal.log", maxBytes=20_000_000, backupCount=10),
            logging.StreamHandler(),
        )
        _listener.start()


def stop():
    if _listener is not None:
        _listener.stop()
