"""aiogram 2 executor: start_polling() runs the event loop until polling ends."""
import asyncio

from aiogram import Chat, Message

DEMO_UPDATES = ["/start", "/catalog", "/buy 3", "/orders", "/broadcast sale!", "/buy"]


def start_polling(dispatcher, *, on_startup=None, on_shutdown=None, skip_updates=False):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    async def _run():
        if on_startup is not None:
            await on_startup(dispatcher)
        updates = [Message(text, Chat(1000 + n)) for n, text in enumerate(DEMO_UPDATES)]
        await dispatcher.start_polling(updates)
        if on_shutdown is not None:
            await on_shutdown(dispatcher)

    try:
        loop.run_until_complete(_run())
    finally:
        loop.close()
