"""Local stand-in for aiogram.utils.executor (aiogram 2.x)."""
import asyncio


def start_polling(dispatcher, *, skip_updates=False, on_startup=None, on_shutdown=None):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        if on_startup is not None:
            loop.run_until_complete(on_startup(dispatcher))
        loop.run_until_complete(dispatcher.start_polling(skip_updates=skip_updates))
        if on_shutdown is not None:
            loop.run_until_complete(on_shutdown(dispatcher))
    finally:
        loop.close()
