"""Forward WARNING and above to the ops room through a hookshot webhook."""

from __future__ import annotations

import logging

import requests


class WebhookAlertHandler(logging.Handler):
    """Posts each record as a message to a Matrix hookshot (Slack-compatible) webhook."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        super().__init__(level=logging.WARNING)
        self.url = url
        self.timeout = timeout

    def emit(self, record: logging.LogRecord) -> None:
        try:
            payload = {"text": self.format(record), "username": "matrixbot"}
            requests.post(self.url, json=payload, timeout=self.timeout)
        except Exception:
            self.handleError(record)
