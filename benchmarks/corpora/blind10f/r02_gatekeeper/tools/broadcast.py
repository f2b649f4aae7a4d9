"""Send an announcement to every chat the bot is in.

    python tools/broadcast.py "Maintenance tonight at 22:00 UTC"
"""
import asyncio
import sys

from telegram import Bot
from telegram.error import TelegramError

from gatekeeper import LOGGER, TOKEN
from gatekeeper.db import all_chat_ids


async def broadcast(text: str) -> None:
    sent = failed = 0
    async with Bot(TOKEN) as bot:
        for chat_id in all_chat_ids():
            try:
                await bot.send_message(chat_id, text)
                sent += 1
            except TelegramError as exc:
                failed += 1
                LOGGER.warning("could not send to %s: %s", chat_id, exc)
            await asyncio.sleep(0.05)
    print(f"sent {sent}, failed {failed}")


if __name__ == "__main__":
    asyncio.run(broadcast(" ".join(sys.argv[1:])))
