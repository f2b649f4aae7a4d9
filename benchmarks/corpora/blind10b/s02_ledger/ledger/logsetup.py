"""Process-wide logging: records go through one queue to a listener thread."""
import atexit
import collections
import logging
import queue
from logging.handlers import QueueHandler, QueueListener, RotatingFileHandler


class RecentRecords(logging.Handler):
    """Keeps the last records in memory for the /debug/logs endpoint."""

    def __init__(self, size: int = 200) -> None:
        super().__init__()
        self.lines = collections.deque(maxlen=size)

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


RECENT = RecentRecords()


def configure_logging(path: str = "ledger.log") -> QueueListener:
    log_queue = queue.Queue(-1)
    file_handler = RotatingFileHandler(path, maxBytes=10_000_000, backupCount=5, delay=True)
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    listener = QueueListener(log_queue, file_handler, logging.StreamHandler(), respect_handler_level=True)
    listener.start()
    atexit.register(listener.stop)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(QueueHandler(log_queue))
    root.addHandler(RECENT)
    return listener
