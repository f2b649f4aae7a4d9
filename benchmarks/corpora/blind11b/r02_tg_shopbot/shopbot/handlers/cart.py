import logging

from telegram import Update
from telegram.ext import ContextTypes

from shopbot import db

logger = logging.getLogger(__name__)


async def add_to_cart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    sku = query.data.removeprefix("add:")
    count = await db.add_to_cart(query.from_user.id, sku)
    logger.info("user %s added %s (cart size %d)", query.from_user.id, sku, count)
    await query.edit_message_reply_markup(None)
    await query.message.reply_text(f"Added. You have {count} item(s) in your cart. /checkout when ready.")


async def checkout(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    order_id, total = await db.place_order(user.id)
    logger.info("order %s placed by %s, total %d cents", order_id, user.id, total)
    await update.message.reply_text(f"Order #{order_id} placed: {total / 100:.2f} €. Thank you!")
