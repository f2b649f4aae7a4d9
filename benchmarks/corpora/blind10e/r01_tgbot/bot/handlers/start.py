from telegram import Update
from telegram.ext import ContextTypes

from bot import LOGGER

WELCOME = "Hi! I keep this group tidy. Send /help for the commands."
COMMANDS = {"start": "say hello", "help": "this text", "ban": "ban a user (admins)", "stats": "group stats"}


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    LOGGER.info("/start from %s (%d)", user.username, user.id)
    await update.message.reply_text(WELCOME)


async def help_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = "\n".join(f"/{name} - {what}" for name, what in COMMANDS.items())
    await update.message.reply_text(text)
    LOGGER.info("sent help to %s", update.effective_user.username)
