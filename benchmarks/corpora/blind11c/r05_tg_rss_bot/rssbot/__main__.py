from __future__ import annotations

import logging
import os
import traceback

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from rssbot import handlers, storage
from rssbot.config import BOT, FEEDS
from rssbot.logsetup import alerts, setup_logging
from rssbot.poller import poll_feeds

log = logging.getLogger("rssbot")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    tb = "".join(traceback.format_exception(context.error))
    alerts.error("update %r raised:\n%s", update, tb[-3000:])


async def post_init(app: Application) -> None:
    me = await app.bot.get_me()
    log.info("running as @%s, %d feeds", me.username, len(app.bot_data["feeds"]))


def main() -> None:
    setup_logging()
    storage.open_db(BOT["database"])

    app = (
        Application.builder()
        .token(os.environ[BOT["token_env"]])
        .post_init(post_init)
        .build()
    )
    app.bot_data["feeds"] = FEEDS
    app.add_handler(CommandHandler("start", handlers.start))
    app.add_handler(CommandHandler("subscribe", handlers.subscribe))
    app.add_handler(CommandHandler("feeds", handlers.feeds))
    app.add_error_handler(on_error)
    app.job_queue.run_repeating(poll_feeds, interval=BOT["poll_interval"], first=5)
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
