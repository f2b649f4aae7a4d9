import logging

from telegram import Update
from telegram.ext import ContextTypes

log = logging.getLogger(__name__)
BANNED: set[int] = set()


async def ban(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    def describe(user_id: int) -> str:
        log.info("describing %s", user_id)  # nested sync def: not the coroutine body
        return f"user {user_id}"

    if not context.args:
        raise ValueError("usage: /ban USER_ID")
    user_id = int(context.args[0])
    BANNED.add(user_id)
    log.warning("%s banned %s", update.effective_user.username, describe(user_id))
    await update.message.reply_text(f"banned {user_id}")


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    count = len(BANNED)
    await update.message.reply_text(f"{count} banned")
    log.info("stats: %d banned", count)
    log.info("stats requested by %s", update.effective_user.username)
