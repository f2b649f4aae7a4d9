"""Local stand-in for aiogram 2.x: Bot, Dispatcher, types.Message."""
import asyncio
import logging
import types as _types

log = logging.getLogger("aiogram.dispatcher")


class Message:
    def __init__(self, text, from_user="trader42"):
        self.text = text
        self.from_user = from_user
        self.answers = []

    async def answer(self, text):
        await asyncio.sleep(0)
        self.answers.append(text)


types = _types.SimpleNamespace(Message=Message)


class Bot:
    def __init__(self, token):
        self.token = token


class Dispatcher:
    scripted = ["/start", "/pnl", "/help"]

    def __init__(self, bot):
        self.bot = bot
        self.handlers = []

    def message_handler(self, commands=()):
        def register(callback):
            self.handlers.append((set(commands), callback))
            return callback

        return register

    async def process_message(self, message):
        command = message.text.lstrip("/").split()[0]
        for commands, callback in self.handlers:
            if command in commands:
                await callback(message)
                return True
        return False

    async def start_polling(self, skip_updates=False):
        log.info("Start polling.")
        for text in self.scripted:
            await self.process_message(Message(text))
