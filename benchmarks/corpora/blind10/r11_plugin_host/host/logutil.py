"""Handler factories for the host."""
import collections
import logging
import logging.handlers
import os


class RotatingFileHandler(logging.handlers.RotatingFileHandler):
    """RotatingFileHandler that creates its directory first."""

    def __init__(self, filename, **kwargs):
        os.makedirs(os.path.dirname(filename) or ".", exist_ok=True)
        super().__init__(filename, **kwargs)


class RingBufferHandler(logging.Handler):
    """Keeps the last records in memory for the /debug/logs endpoint."""

    def __init__(self, capacity=200):
        super().__init__()
        self.records = collections.deque(maxlen=capacity)

    def emit(self, record):
        self.records.append(self.format(record))


def build_handlers(log_dir):
    alerts = logging.handlers.HTTPHandler("127.0.0.1:9", "/hooks/host-alerts", method="POST")
    alerts.setLevel(logging.CRITICAL)
    return [
        RotatingFileHandler(os.path.join(log_dir, "host.log"), maxBytes=1 << 20, backupCount=3),
        logging.StreamHandler(),
        alerts,
    ]
