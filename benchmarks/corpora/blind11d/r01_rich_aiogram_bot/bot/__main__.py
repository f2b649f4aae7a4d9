import asyncio
import logging
import os

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties

from bot.handlers import router as main_router
from bot.logging_setup import setup_logging
from bot.payments import router as payments_router

log = logging.getLogger("bot")


async def main() -> None:
    bot = Bot(os.environ["BOT_TOKEN"], default=DefaultBotProperties(parse_mode="HTML"))
    dp = Dispatcher()
    dp.include_router(main_router)
    dp.include_router(payments_router)
    me = await bot.get_me()
    log.info("starting polling as @%s", me.username)
    try:
        await dp.start_polling(bot)
    finally:
        log.info("polling stopped")
        await bot.session.close()


def run() -> None:
    setup_logging(logging.DEBUG if os.environ.get("BOT_DEBUG") else logging.INFO)
    asyncio.run(main())


if __name__ == "__main__":
    run()
