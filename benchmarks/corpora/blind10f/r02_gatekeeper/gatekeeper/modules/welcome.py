import random

from telegram import ChatPermissions, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from gatekeeper import CAPTCHA_TIMEOUT, LOGGER

MUTED = ChatPermissions(can_send_messages=False)
UNMUTED = ChatPermissions(can_send_messages=True, can_send_other_messages=True)


async def new_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    for user in update.message.new_chat_members:
        if user.is_bot:
            continue
        LOGGER.info("captcha for %s in chat %s", user.id, chat.id)
        await chat.restrict_member(user.id, MUTED)
        answer = random.randint(1, 9)
        buttons = [
            InlineKeyboardButton(str(n), callback_data=f"captcha:{user.id}:{int(n == answer)}")
            for n in range(1, 10)
        ]
        await update.message.reply_text(
            f"Welcome {user.mention_html()}! Press {answer} within {CAPTCHA_TIMEOUT}s.",
            reply_markup=InlineKeyboardMarkup([buttons[:5], buttons[5:]]),
            parse_mode="HTML",
        )
        context.job_queue.run_once(kick_unverified, CAPTCHA_TIMEOUT, chat_id=chat.id, user_id=user.id)


async def captcha_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    _, user_id, ok = query.data.split(":")
    if query.from_user.id != int(user_id):
        await query.answer("This is not your captcha.")
        return
    if ok == "1":
        await update.effective_chat.restrict_member(int(user_id), UNMUTED)
        await query.edit_message_text("Verified, welcome!")
        LOGGER.info("user %s verified in %s", user_id, update.effective_chat.id)
    else:
        await query.answer("Wrong number, try again.")


async def kick_unverified(context: ContextTypes.DEFAULT_TYPE) -> None:
    job = context.job
    await context.bot.ban_chat_member(job.chat_id, job.user_id)
    await context.bot.unban_chat_member(job.chat_id, job.user_id)
    LOGGER.warning("kicked unverified user %s from %s", job.user_id, job.chat_id)
