from __future__ import annotations

import asyncio
import logging
import os

from aiogram import Bot, Dispatcher
from aiohttp import web

from alerts.handlers import commands
from alerts.handlers.incoming import forward_alert
from alerts.logging_setup import configure
from common.http import post_json
from common.retry import with_retry

logger = logging.getLogger("alerts")


async def announce_start(bot: Bot) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        await with_retry(lambda: post_json(session, os.environ["HEARTBEAT_URL"], {"up": True}))
    me = await bot.get_me()
    logger.info("running as @%s", me.username)


async def main() -> None:
    bot = Bot(token=os.environ["BOT_TOKEN"])
    dp = Dispatcher()
    dp.include_router(commands.router)

    app = web.Application()
    app["bot"] = bot
    app.router.add_post("/alertmanager", forward_alert)
    runner = web.AppRunner(app)
    await runner.setup()
    port = int(os.environ.get("PORT", "8080"))
    await web.TCPSite(runner, "0.0.0.0", port).start()
    logger.info("alertmanager webhook listening on :%d", port)

    await announce_start(bot)
    try:
        await dp.start_polling(bot)
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    configure()
    asyncio.run(main())
