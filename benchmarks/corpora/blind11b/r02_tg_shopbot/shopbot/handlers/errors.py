import logging

from telegram import Update
from telegram.ext import ContextTypes

alerts = logging.getLogger("shopbot.alerts")


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    alerts.error("exception while handling update %s", update, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        await update.effective_message.reply_text("Sorry, something went wrong. We are on it.")
