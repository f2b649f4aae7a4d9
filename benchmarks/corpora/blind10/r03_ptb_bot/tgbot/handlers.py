"""Update handlers."""
from .compat import logging
from .formatting import render_card
from .logs import get_logger

log = get_logger("handlers")


async def start(update, context):
    log.info("user %s started the bot in chat %s", update.user, update.chat_id)
    await update.reply(await render_card(update.user, "Send me anything and I will echo it."))


async def echo(update, context):
    chat_log = logging.getLogger("tgbot.chat.{}".format(update.chat_id))
    chat_log.info("<%s> %s", update.user, update.text)
    await update.reply(update.text)


async def error_handler(update, context):
    log.error("update %s caused %r", update.update_id, context.error)
