"""Telegram bot that answers /latest with the newest episodes."""
import atexit
import logging
import logging.handlers
import os
import queue

from telegram.ext import Application, CommandHandler

from podlib import feeds

log = logging.getLogger("notifier")


def setup_logging() -> None:
    log_queue = queue.Queue()
    listener = logging.handlers.QueueListener(log_queue, logging.StreamHandler())
    logging.basicConfig(level=logging.INFO, handlers=[logging.handlers.QueueHandler(log_queue)])
    listener.start()
    atexit.register(listener.stop)


async def start(update, context) -> None:
    await update.message.reply_text("Send /latest for new episodes.")
    log.info("/start from %s", update.effective_user)


async def latest(update, context) -> None:
    episodes = await feeds.refresh("changelog", feeds.SAMPLE_XML)
    await update.message.reply_text("\n".join(e.title for e in episodes) or "nothing new")
    log.info("/latest from %s: %d episode(s)", update.effective_user, len(episodes))


def main() -> None:
    setup_logging()
    app = Application.builder().token(os.environ.get("TG_TOKEN", "123456:demo")).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("latest", latest))
    app.run_polling()


if __name__ == "__main__":
    main()
