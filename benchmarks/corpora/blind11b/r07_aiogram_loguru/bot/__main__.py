import asyncio
import os

from aiogram import Bot, Dispatcher

from bot.handlers import start
from bot.logging_setup import setup_logging
from bot.middlewares.throttle import ThrottleMiddleware


async def main() -> None:
    bot = Bot(token=os.environ["BOT_TOKEN"])
    dp = Dispatcher()
    dp.message.middleware(ThrottleMiddleware(rate=1.0))
    dp.include_router(start.router)
    await dp.start_polling(bot)


if __name__ == "__main__":
    setup_logging()
    asyncio.run(main())
