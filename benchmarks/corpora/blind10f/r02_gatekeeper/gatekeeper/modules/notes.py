# Old notes module (pre-v20 API port, never finished). Not loaded by __main__ any more.
import logging

from telegram import Update
from telegram.ext import ContextTypes

from gatekeeper import LOGGER

notes_log = logging.getLogger("gatekeeper.notes")
notes_log.addHandler(logging.FileHandler("notes.log"))

NOTES: dict[int, dict[str, str]] = {}


async def save_note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    name, _, text = update.effective_message.text.partition(" ")[2].partition(" ")
    NOTES.setdefault(update.effective_chat.id, {})[name] = text
    notes_log.info("saved note %s in %s", name, update.effective_chat.id)


async def get_note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    name = context.args[0] if context.args else ""
    text = NOTES.get(update.effective_chat.id, {}).get(name)
    LOGGER.info("note %s requested", name)
    await update.effective_message.reply_text(text or "No such note.")
