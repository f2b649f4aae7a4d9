import logging
from logging.handlers import RotatingFileHandler

from aiogram.utils import executor
from data import config
from loader import dp
from utils.misc.logging_setup import add_file_sink

import handlers  # noqa: F401  registers the handlers on dp

shop_log = logging.getLogger("shop")


async def on_startup(dispatcher):
    add_file_sink(logging.getLogger("shop"), RotatingFileHandler(config.LOG_FILE, maxBytes=1_000_000, backupCount=3))
    shop_log.info("bot started, %d handlers", len(dispatcher.handlers))


async def on_shutdown(dispatcher):
    await dispatcher.bot.send_message(config.ADMINS[0], "bot stopped")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
    executor.start_polling(dp, on_startup=on_startup, on_shutdown=on_shutdown, skip_updates=True)
