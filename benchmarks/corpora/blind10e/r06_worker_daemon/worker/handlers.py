import json
import logging
import sys
import urllib.request
from logging.handlers import RotatingFileHandler


class SafeRotatingFileHandler(RotatingFileHandler):
    """Rotation must never kill the worker (Windows file locks, full disks)."""

    def doRollover(self):
        try:
            super().doRollover()
        except OSError:
            pass


class SlackWebhookHandler(logging.Handler):
    """Posts alerts to Slack; without a URL (dev) it appends them to a spool file."""

    def __init__(self, spool_path, url=None):
        super().__init__(level=logging.WARNING)
        self.spool_path = spool_path
        self.url = url

    def emit(self, record):
        payload = json.dumps({"text": self.format(record)})
        if self.url:
            request = urllib.request.Request(self.url, payload.encode(), {"Content-Type": "application/json"})
            urllib.request.urlopen(request, timeout=5)
        else:
            with open(self.spool_path, "a", encoding="utf-8") as spool:
                spool.write(payload + "\n")


FMT = logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s %(message)s")


def file_handler(path: str) -> logging.Handler:
    handler = SafeRotatingFileHandler(path, maxBytes=10_000_000, backupCount=3)
    handler.setFormatter(FMT)
    return handler


def console_handler() -> logging.Handler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(FMT)
    return handler
