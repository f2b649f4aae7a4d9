"""Command handlers: /start, /subscribe <name>, /feeds."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from rssbot import storage

log = logging.getLogger(__name__)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    log.info("/start from %s (%s)", user.username if user else "?", update.effective_chat.id)
    await update.message.reply_text("Hi! Use /feeds to see what I can follow, /subscribe <name> to follow one.")


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    names = {f["name"] for f in context.bot_data["feeds"]}
    if not context.args or context.args[0] not in names:
        await update.message.reply_text("usage: /subscribe <name>; see /feeds")
        return
    added = storage.subscribe(update.effective_chat.id, context.args[0])
    log.info("chat %s subscribed to %s (new=%s)", update.effective_chat.id, context.args[0], added)
    await update.message.reply_text("subscribed" if added else "already subscribed")


async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lines = [f"\u2022 {f['name']}" for f in context.bot_data["feeds"]]
    await update.message.reply_text("\n".join(lines))
