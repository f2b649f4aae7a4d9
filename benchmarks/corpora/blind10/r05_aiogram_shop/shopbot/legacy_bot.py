"""First version of the bot (single file).  Superseded by shopbot.main."""
import logging

logging.basicConfig(filename="bot.log", level=logging.INFO, format="%(asctime)s %(message)s")

ORDERS = []


async def cmd_start(message):
    logging.info("start from %s", message.chat_id)
    await message.answer("Welcome to the shop!")


async def cmd_order(message):
    ORDERS.append(message.text)
    logging.info("order %r", message.text)
    await message.answer("noted")
