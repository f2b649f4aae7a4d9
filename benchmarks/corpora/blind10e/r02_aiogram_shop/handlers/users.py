import logging

from aiogram import Message
from loader import db, dp

logger = logging.getLogger(f"shop.{__name__}")


@dp.message_handler(commands=["start"])
async def cmd_start(message: Message):
    logger.info("new customer in chat %s", message.chat.id)
    await message.answer("Welcome to the tea shop! /catalog lists what we sell.")


@dp.message_handler(commands=["catalog"])
async def show_catalog(message: Message):
    products = await db.fetch_products()
    lines = [f"{pid}. {name} - {price} EUR" for pid, (name, price) in products.items()]
    await message.answer("\n".join(lines))
    logger.info("catalog shown to %s", message.chat.id)


@dp.message_handler(commands=["buy"])
async def buy(message: Message):
    product_id = int(message.get_args())
    order = await db.create_order(message.chat.id, product_id)
    logger.info("chat %s placed order %s", message.chat.id, order)
    await message.answer(f"Order #{order} received.")
