"""`notifier`: Telegram bot that tells customers about their orders."""
import asyncio
import logging
import os
import sys

from aiogramish import Bot, Dispatcher

log = logging.getLogger("notifier")
dp = Dispatcher()


@dp.message("start")
async def cmd_start(bot, payload):
    log.info("subscribed chat %s", payload["chat_id"])
    await bot.send_message(payload["chat_id"], "You will hear from us when your order ships.")


@dp.message("shipped")
async def on_order_shipped(bot, payload):
    await bot.send_message(payload["chat_id"], f"Order {payload['order']} is on its way!")
    log.info("shipping notice for order %s sent", payload["order"])


async def run():
    await dp.start_polling(Bot(os.environ.get("NOTIFIER_TOKEN", "777:dev")))


def main():
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s %(name)s %(message)s")
    asyncio.run(run())


if __name__ == "__main__":
    main()
