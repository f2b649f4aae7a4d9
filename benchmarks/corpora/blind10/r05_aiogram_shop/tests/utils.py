"""Test utilities: fake messages and a log file per test run."""
import logging

from shopbot.aiogram_compat import Message


def configure_test_logging(path="test-run.log"):
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    return handler


def fake_message(text, chat_id=1):
    return Message(chat_id, text)
