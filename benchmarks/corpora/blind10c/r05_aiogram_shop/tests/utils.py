"""Test utilities: run a bot handler on a fake message, optionally logging to a file."""
import logging

from aiogramish.types import Message


def enable_file_logging(path="test-run.log"):
    logging.basicConfig(filename=path, level=logging.DEBUG, force=True)


async def run_handler(handler, text, chat_id=1):
    message = Message(chat_id, text)
    await handler(message)
    logging.getLogger("tests").info("%s -> %r", text, message.answers)
    return message
