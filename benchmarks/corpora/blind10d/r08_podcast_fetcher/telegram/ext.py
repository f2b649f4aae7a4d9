"""Local stand-in for telegram.ext: Application.builder()...build().run_polling()."""
import asyncio
import logging

_logger = logging.getLogger("telegram.ext.Application")

SCRIPTED_UPDATES = ["/start", "/latest", "/unknown"]


class Message:
    def __init__(self, text):
        self.text = text
        self.replies = []

    async def reply_text(self, text):
        await asyncio.sleep(0)
        self.replies.append(text)


class Update:
    def __init__(self, text, user="@listener"):
        self.message = Message(text)
        self.effective_user = user


class CommandHandler:
    def __init__(self, command, callback):
        self.command = command
        self.callback = callback


class ApplicationBuilder:
    def __init__(self):
        self._token = None

    def token(self, token):
        self._token = token
        return self

    def build(self):
        return Application(self._token)


class Application:
    def __init__(self, token):
        self.token = token
        self.handlers = []

    @staticmethod
    def builder():
        return ApplicationBuilder()

    def add_handler(self, handler):
        self.handlers.append(handler)

    async def process_update(self, update):
        for handler in self.handlers:
            if update.message.text == "/" + handler.command:
                await handler.callback(update, None)
                return
        _logger.debug("no handler for %r", update.message.text)

    async def _poll(self):
        for text in SCRIPTED_UPDATES:
            await self.process_update(Update(text))

    def run_polling(self, poll_interval=0.0):
        asyncio.run(self._poll())
