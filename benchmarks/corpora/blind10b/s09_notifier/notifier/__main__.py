"""`python -m notifier`: the bot."""
import asyncio
import logging
import logging.handlers as loghandlers
import os
import queue

from notifier.dispatcher import Bot, Message
from notifier.handlers import dp
from notifier.util.logs import ROOT_NAME


def configure_logging() -> loghandlers.QueueListener:
    log_queue = queue.Queue()
    base = logging.getLogger(ROOT_NAME)
    base.setLevel(logging.INFO)
    base.handlers = [loghandlers.QueueHandler(log_queue)]
    base.propagate = False
    mail = loghandlers.SMTPHandler("localhost", "bot@example.invalid", ["ops@example.invalid"], "notifier: critical")
    mail.setLevel(logging.CRITICAL)
    files = loghandlers.TimedRotatingFileHandler("notifier.log", when="D", backupCount=14, delay=True)
    listener = loghandlers.QueueListener(log_queue, files, mail, respect_handler_level=True)
    listener.start()
    return listener


async def main() -> None:
    bot = Bot(os.environ.get("NOTIFIER_TOKEN", "dev:token"))
    await dp.start_polling(bot, updates=[Message(1, "/subscribe"), Message(2, "/unsubscribe")])


if __name__ == "__main__":
    listener = configure_logging()
    try:
        asyncio.run(main())
    finally:
        listener.stop()
