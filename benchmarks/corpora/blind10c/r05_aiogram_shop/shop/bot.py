"""Storefront bot: `python -m shop.bot`."""
import logging
import os

from aiogramish import Bot, Dispatcher, executor
from shop import catalog, orders, payments

log = logging.getLogger("shop.bot")

bot = Bot(token=os.environ.get("SHOP_BOT_TOKEN", "424242:dev"))
dp = Dispatcher(bot)


@dp.message_handler(commands=["start"])
async def cmd_start(message):
    await message.answer("Welcome! /catalog lists what we sell.")
    log.info("new customer in chat %s", message.chat_id)


@dp.message_handler(commands=["catalog"])
async def cmd_catalog(message):
    items = await catalog.list_products()
    log.info("sent catalog (%d items) to %s", len(items), message.chat_id)
    await message.answer("\n".join(f"{name}: {price}" for name, price in items))


@dp.message_handler(commands=["buy"])
async def cmd_buy(message):
    product, qty = message.get_args().split()
    order = await orders.create(message.chat_id, product, int(qty))
    paid = await payments.charge(order)
    log.info("order %s paid=%s", order.id, paid)
    await message.answer("Thanks!" if paid else "Payment declined.")


async def on_startup(dispatcher):
    log.info("storefront bot starting")


if __name__ == "__main__":
    executor.start_polling(dp, skip_updates=True, on_startup=on_startup)
