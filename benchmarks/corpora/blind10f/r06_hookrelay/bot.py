from aiogram import executor

from handlers import payments, refunds, start  # noqa: F401  (registers the handlers)
from loader import dp, logging
from utils.logsetup import setup_logging

log = logging.getLogger("hookrelay")


async def on_startup(dispatcher):
    me = await dispatcher.bot.get_me()
    log.info("bot @%s started", me.username)


async def on_shutdown(dispatcher):
    log.info("closing storage")
    await dispatcher.storage.close()
    await dispatcher.storage.wait_closed()


if __name__ == "__main__":
    setup_logging()
    executor.start_polling(dp, skip_updates=True, on_startup=on_startup, on_shutdown=on_shutdown)
