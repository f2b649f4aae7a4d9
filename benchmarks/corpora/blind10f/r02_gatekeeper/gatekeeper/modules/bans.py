from telegram import Update
from telegram.ext import ContextTypes

from gatekeeper import LOGGER
from gatekeeper.modules.helper_funcs.chat_status import user_admin

log = LOGGER.getChild("bans")


def target_user(update: Update) -> int | None:
    reply = update.effective_message.reply_to_message
    return reply.from_user.id if reply else None


@user_admin
async def ban(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user_id = target_user(update)
    if user_id is None:
        await update.effective_message.reply_text("Reply to the user to ban.")
        return
    await update.effective_chat.ban_member(user_id)
    log.info("banned %s in %s", user_id, update.effective_chat.id)
    await update.effective_message.reply_text("Banned.")


@user_admin
async def unban(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.effective_message.reply_text("Usage: /unban <user id>")
        return
    await update.effective_chat.unban_member(int(context.args[0]))
    log.info("unbanned %s in %s", context.args[0], update.effective_chat.id)
