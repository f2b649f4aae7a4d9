"""Logging for the relay: coloured console + the central log collector, and three special loggers."""
import logging
import logging.handlers
import sys

from relay.webhook import WebhookHandler


class ColorStreamHandler(logging.StreamHandler):
    COLORS = {"WARNING": "33", "ERROR": "31", "CRITICAL": "41"}

    def format(self, record):
        text = super().format(record)
        color = self.COLORS.get(record.levelname)
        return f"\033[{color}m{text}\033[0m" if color else text


HANDLERS = {
    "console": ColorStreamHandler(sys.stderr),
    "collector": logging.handlers.SocketHandler("127.0.0.1", 9020),
}


def install(webhook_url, history_path="history.log"):
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for name in ("console", "collector"):
        root.addHandler(HANDLERS[name])

    alerts = logging.getLogger("relay.alerts")
    alerts.propagate = False
    alerts.addHandler(WebhookHandler(webhook_url))

    history = logging.getLogger("relay.history")
    history.propagate = False
    history.addHandler(logging.FileHandler(history_path, encoding="utf-8"))

    metrics = logging.getLogger("relay.metrics")
    metrics.propagate = False
    metrics.addHandler(logging.NullHandler())
