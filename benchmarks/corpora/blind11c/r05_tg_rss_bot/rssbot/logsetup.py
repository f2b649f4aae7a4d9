from __future__ import annotations

import logging
import logging.config
import os

import colorlog
from telegram_handler import TelegramHandler

from rssbot.config import settings

alerts = logging.getLogger("rssbot.alerts")


def _telegram_handler(chat_id: int) -> logging.Handler:
    handler = TelegramHandler(token=os.environ["RSSBOT_TOKEN"], chat_id=str(chat_id))
    handler.setLevel(logging.ERROR)
    return handler


def setup_logging() -> None:
    logging.config.dictConfig(settings["logging"])

    console = colorlog.StreamHandler()
    console.setFormatter(colorlog.ColoredFormatter(
        "%(log_color)s%(levelname)-8s%(reset)s %(cyan)s%(name)s%(reset)s %(message)s"))
    logging.getLogger().addHandler(console)

    admin_chat = settings["bot"].get("admin_chat_id")
    if admin_chat:
        alerts.addHandler(_telegram_handler(admin_chat))
