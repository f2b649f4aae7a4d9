import logging

from telegram.ext import ContextTypes

from shopbot import db
from shopbot.config import settings

logger = logging.getLogger("shopbot.jobs")


async def daily_report(context: ContextTypes.DEFAULT_TYPE) -> None:
    orders, cents = await db.sales_since(hours=24)
    logger.info("daily report: %d orders, %d cents", orders, cents)
    await context.bot.send_message(
        settings.admin_chat_id, f"Last 24 h: {orders} orders, {cents / 100:.2f} €"
    )
