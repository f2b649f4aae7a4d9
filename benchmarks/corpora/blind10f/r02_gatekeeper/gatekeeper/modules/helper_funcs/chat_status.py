from functools import wraps

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes

from gatekeeper import LOGGER, OWNER_ID

ADMIN_STATES = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def user_admin(func):
    @wraps(func)
    async def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE, *args, **kwargs):
        user = update.effective_user
        member = await update.effective_chat.get_member(user.id)
        if member.status in ADMIN_STATES or user.id == OWNER_ID:
            return await func(update, context, *args, **kwargs)
        LOGGER.info("non-admin %s tried /%s in %s", user.id, func.__name__, update.effective_chat.id)
        await update.effective_message.reply_text("Admins only.")

    return is_admin
