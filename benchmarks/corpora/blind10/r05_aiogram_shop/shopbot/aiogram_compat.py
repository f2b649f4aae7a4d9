"""Stand-ins for aiogram's Bot / Dispatcher / executor, standard library only."""
import asyncio
import logging

log = logging.getLogger("aiogram.dispatcher")


class Message:
    def __init__(self, chat_id, text):
        self.chat_id = chat_id
        self.text = text
        self.answers = []

    async def answer(self, text):
        self.answers.append(text)


class Bot:
    def __init__(self, token):
        self.token = token

    async def get_updates(self):
        await asyncio.sleep(0)
        return [Message(7, "/catalog"), Message(7, "/order sku-2"), Message(8, "/order nothing")]


class Dispatcher:
    def __init__(self, bot):
        self.bot = bot
        self.handlers = []

    def message_handler(self, commands):
        def register(callback):
            self.handlers.append((commands, callback))
            return callback

        return register

    async def feed(self, message):
        command = message.text.split()[0].lstrip("/")
        for commands, callback in self.handlers:
            if command in commands:
                await callback(message)

    async def start_polling(self, skip_updates=False):
        log.info("Start polling")
        for message in await self.bot.get_updates():
            await self.feed(message)
        log.info("Polling stopped")


class executor:
    @staticmethod
    def start_polling(dispatcher, skip_updates=False, on_shutdown=None):
        try:
            asyncio.run(dispatcher.start_polling(skip_updates=skip_updates))
        finally:
            if on_shutdown is not None:
                on_shutdown(dispatcher)
