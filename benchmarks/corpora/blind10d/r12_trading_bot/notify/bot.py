"""tk-notify: Telegram bot answering /pnl (aiogram 2 style)."""
import logging
import os

from aiogram import Bot, Dispatcher, types
from aiogram.utils import executor

from tradekit import pnl

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("notify")

bot = Bot(token=os.environ.get("TG_TOKEN", "123456:demo"))
dp = Dispatcher(bot)


@dp.message_handler(commands=["start"])
async def cmd_start(message: types.Message):
    await message.answer("tradekit notifier online")
    log.info("/start from %s", message.from_user)


@dp.message_handler(commands=["pnl"])
async def cmd_pnl(message: types.Message):
    report = pnl.summarize(pnl.load_fills())
    await message.answer(report)
    log.info("/pnl for %s: %s", message.from_user, report)


async def on_startup(dispatcher):
    log.warning("notifier starting (skip_updates)")


def main() -> None:
    executor.start_polling(dp, skip_updates=True, on_startup=on_startup)


if __name__ == "__main__":
    main()
