"""Tiny local stand-in for aiogram 2.x: Bot, Dispatcher, types."""
import asyncio
import logging
from dataclasses import dataclass

log = logging.getLogger("aiogram")


@dataclass
class Chat:
    id: int


@dataclass
class Message:
    text: str
    chat: Chat

    async def answer(self, text):
        print(f"[chat {self.chat.id}] {text}")

    def get_args(self):
        return self.text.partition(" ")[2]


class Bot:
    def __init__(self, token, parse_mode=None):
        self.token = token
        self.parse_mode = parse_mode

    async def send_message(self, chat_id, text):
        print(f"[send {chat_id}] {text}")


class Dispatcher:
    def __init__(self, bot):
        self.bot = bot
        self.handlers = {}
        self.error_handlers = []

    def message_handler(self, commands=None, **filters):
        def decorator(callback):
            for command in commands or ["*"]:
                self.handlers[command] = callback
            return callback
        return decorator

    def errors_handler(self):
        def decorator(callback):
            self.error_handlers.append(callback)
            return callback
        return decorator

    async def process_update(self, message):
        command = message.text.split()[0].lstrip("/")
        callback = self.handlers.get(command)
        if callback is None:
            return
        try:
            await callback(message)
        except Exception as exc:  # noqa: BLE001
            for handler in self.error_handlers:
                await handler(message, exc)

    async def start_polling(self, updates=()):
        log.info("Start polling.")
        for update in updates:
            await self.process_update(update)
            await asyncio.sleep(0)
