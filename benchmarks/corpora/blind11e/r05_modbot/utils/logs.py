from __future__ import annotations

import logging
import os

from concurrent_log_handler import ConcurrentRotatingFileHandler
from dislog import DiscordWebhookHandler


class BotLogHandler(ConcurrentRotatingFileHandler):
    """Rotating bot log shared by the bot and the maintenance scripts."""

    def __init__(self, path: str = "logs/modbot.log") -> None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        super().__init__(path, mode="a", maxBytes=10 * 1024 * 1024, backupCount=10, encoding="utf-8")


def modlog_handler() -> logging.Handler:
    handler = DiscordWebhookHandler(webhook_url=os.environ["MODLOG_WEBHOOK"], level=logging.INFO)
    handler.setFormatter(logging.Formatter("**%(levelname)s** %(message)s"))
    return handler
