from telegram.ext import ContextTypes

from bot import LOGGER


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    LOGGER.error("exception while handling an update: %s", context.error)
    if update is not None:
        await update.message.reply_text("Sorry, that did not work.")
