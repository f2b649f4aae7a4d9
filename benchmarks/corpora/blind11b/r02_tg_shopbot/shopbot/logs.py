"""Logging for the shop bot: coloured console, a daily file, errors to the admin chat."""

import logging
from logging import handlers
from pathlib import Path

import colorlog
from telegram_handler import TelegramHandler

from shopbot.config import settings

CONSOLE_FORMAT = "%(log_color)s%(asctime)s %(levelname)-8s%(reset)s %(name)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def _console_handler() -> logging.Handler:
    handler = colorlog.StreamHandler()
    handler.setFormatter(colorlog.ColoredFormatter(CONSOLE_FORMAT))
    return handler


def _file_handler(log_dir: Path) -> logging.Handler:
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = handlers.TimedRotatingFileHandler(
        log_dir / "shopbot.log", when="midnight", backupCount=14, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    return handler


def configure_logging(log_dir: Path) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(_console_handler())
    root.addHandler(_file_handler(log_dir))
    # httpx logs every getUpdates long-poll at INFO
    logging.getLogger("httpx").setLevel(logging.WARNING)

    alerts = logging.getLogger("shopbot.alerts")
    alerts.propagate = False
    alerts.addHandler(
        TelegramHandler(token=settings.bot_token, chat_id=settings.admin_chat_id, level=logging.ERROR)
    )
