"""Stand-in for the bot framework: an aiogram-style Bot / Dispatcher."""
import asyncio


class Message:
    def __init__(self, chat_id: int, text: str) -> None:
        self.chat_id = chat_id
        self.text = text


class Bot:
    def __init__(self, token: str) -> None:
        self.token = token
        self.sent = []

    async def send_message(self, chat_id: int, text: str) -> None:
        await asyncio.sleep(0)
        self.sent.append((chat_id, text))


class Dispatcher:
    def __init__(self) -> None:
        self.handlers = []

    def message(self, prefix: str):
        def register(func):
            self.handlers.append((prefix, func))
            return func

        return register

    async def start_polling(self, bot: Bot, updates=()) -> None:
        for update in updates:
            for prefix, func in self.handlers:
                if update.text.startswith(prefix):
                    await func(update, bot)
