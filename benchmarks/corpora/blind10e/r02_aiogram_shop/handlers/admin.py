import logging

from aiogram import Message
from data import config
from loader import bot, db, dp

logger = logging.getLogger(__name__)


@dp.message_handler(commands=["orders"])
async def cmd_orders(message: Message):
    logger.info("admin %s listed %d orders", message.chat.id, len(db.orders))
    await message.answer(f"{len(db.orders)} orders so far")


@dp.message_handler(commands=["broadcast"])
async def broadcast(message: Message):
    text = message.get_args()
    for admin_id in config.ADMINS:
        await bot.send_message(admin_id, text)
    logger.warning("broadcast sent: %r", text)
