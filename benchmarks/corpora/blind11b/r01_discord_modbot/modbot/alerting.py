"""Forward warnings to the moderators' private channel through a webhook."""

import logging

import requests


class WebhookAlertHandler(logging.Handler):
    """Posts each record to a Discord channel webhook so moderators see it."""

    def __init__(self, url: str, level: int = logging.WARNING) -> None:
        super().__init__(level)
        self.url = url
        self.session = requests.Session()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            content = self.format(record)[:1900]
            self.session.post(self.url, json={"content": f"```{content}```"}, timeout=5)
        except Exception:
            self.handleError(record)
