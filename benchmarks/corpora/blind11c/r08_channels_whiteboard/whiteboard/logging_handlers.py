"""Handler classes named by dotted path in settings.LOGGING."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import requests


class PrettyConsoleHandler(logging.Handler):
    ICONS = {logging.DEBUG: "\u00b7", logging.INFO: "\u2022", logging.WARNING: "!", logging.ERROR: "\u2716"}

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(f"{self.ICONS.get(record.levelno, '?')} {self.format(record)}", flush=True)
        except Exception:
            self.handleError(record)


class BoardRotatingFileHandler(RotatingFileHandler):
    """RotatingFileHandler that creates its directory first."""

    def __init__(self, filename, *args, **kwargs) -> None:
        Path(filename).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(filename, *args, **kwargs)


class OpsWebhookHandler(logging.Handler):
    """Posts errors to the ops chat webhook."""

    def __init__(self, url: str = "") -> None:
        super().__init__()
        self.url = url

    def emit(self, record: logging.LogRecord) -> None:
        if not self.url:
            return
        try:
            requests.post(self.url, json={"text": self.format(record)}, timeout=3)
        except requests.RequestException:
            self.handleError(record)
