"""Our own logging handlers."""

import collections
import json
import logging
import logging.handlers
import socket
import sys
import time

import requests


class ConsoleJSONHandler(logging.Handler):
    """One JSON object per line on stdout, picked up by the container runtime."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            payload = {
                "ts": round(record.created, 3),
                "level": record.levelname,
                "logger": record.name,
                "msg": record.getMessage(),
            }
            if record.exc_info:
                payload["exc"] = self.formatter.formatException(record.exc_info) if self.formatter else repr(record.exc_info[1])
            print(json.dumps(payload), flush=True)
        except Exception:
            self.handleError(record)


class StderrLineHandler(logging.Handler):
    """Plain lines on stderr for the device chatter (kept out of the JSON stream)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)


class TelegramAlertHandler(logging.Handler):
    """Sends each record to a Telegram chat."""

    def __init__(self, token: str, chat_id: str) -> None:
        super().__init__()
        self.url = f"https://api.telegram.org/bot{token}/sendMessage"
        self.chat_id = chat_id

    def emit(self, record: logging.LogRecord) -> None:
        try:
            requests.post(self.url, json={"chat_id": self.chat_id, "text": self.format(record)}, timeout=10)
        except Exception:
            self.handleError(record)


class UnixSocketHandler(logging.Handler):
    """Feeds the local telemetry collector over its unix socket."""

    def __init__(self, path: str = "/run/collector.sock") -> None:
        super().__init__()
        self.path = path

    def emit(self, record: logging.LogRecord) -> None:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.connect(self.path)
                sock.sendall(self.format(record).encode() + b"\n")
        except OSError:
            self.handleError(record)


class RingBufferHandler(logging.Handler):
    """Keeps the last N formatted records in memory for the /debug page."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.records: collections.deque[str] = collections.deque(maxlen=capacity)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


class DailyFileHandler(logging.handlers.TimedRotatingFileHandler):
    """State history, one file per day."""

    def __init__(self, filename: str) -> None:
        super().__init__(filename, when="midnight", backupCount=30, encoding="utf-8", utc=True)
        self.formatter = logging.Formatter("%(asctime)s %(message)s")
        self.formatter.converter = time.gmtime
