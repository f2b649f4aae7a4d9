"""Stand-in for aiogram 3 (standard library only)."""
import asyncio
import logging

logger = logging.getLogger("aiogramish.dispatcher")

SCRIPTED = (("start", {"chat_id": 5}), ("shipped", {"chat_id": 5, "order": 1001}))


class Bot:
    def __init__(self, token):
        self.token = token
        self.sent = []

    async def send_message(self, chat_id, text):
        self.sent.append((chat_id, text))
        await asyncio.sleep(0)


class Dispatcher:
    def __init__(self):
        self.handlers = {}

    def message(self, command):
        def register(coro):
            self.handlers[command] = coro
            return coro

        return register

    async def start_polling(self, bot):
        logger.info("Start polling for bot %s", bot.token.split(":")[0])
        for command, payload in SCRIPTED:
            await self.handlers[command](bot, payload)
        logger.info("Polling stopped")
