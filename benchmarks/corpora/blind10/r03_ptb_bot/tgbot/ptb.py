"""Stand-in for the bits of python-telegram-bot's Application used here.

Updates come from a fixed list instead of getUpdates long polling.
"""
import asyncio
import logging

_logger = logging.getLogger("ptb.ext.application")


class Update:
    def __init__(self, update_id, chat_id, user, text):
        self.update_id = update_id
        self.chat_id = chat_id
        self.user = user
        self.text = text
        self.replies = []

    async def reply(self, text):
        self.replies.append(text)


class Context:
    error = None


class CommandHandler:
    def __init__(self, command, callback):
        self.command = command
        self.callback = callback

    def check(self, update):
        return update.text.startswith("/" + self.command)


class MessageHandler:
    def __init__(self, callback):
        self.callback = callback

    def check(self, update):
        return not update.text.startswith("/")


class ApplicationBuilder:
    def token(self, token):
        self._token = token
        return self

    def build(self):
        return Application(self._token)


class Application:
    def __init__(self, token):
        self.token = token
        self.handlers = []
        self.error_handlers = []

    @staticmethod
    def builder():
        return ApplicationBuilder()

    def add_handler(self, handler):
        self.handlers.append(handler)

    def add_error_handler(self, callback):
        self.error_handlers.append(callback)

    async def process_update(self, update):
        _logger.debug("processing update %s", update.update_id)
        context = Context()
        for handler in self.handlers:
            if handler.check(update):
                try:
                    await handler.callback(update, context)
                except Exception as exc:
                    context.error = exc
                    for callback in self.error_handlers:
                        await callback(update, context)
                break

    async def _polling(self):
        updates = [
            Update(1, 1001, "ann", "/start"),
            Update(2, 1001, "ann", "hello there"),
            Update(3, 2002, "bob", "ping"),
        ]
        for update in updates:
            await self.process_update(update)
            await asyncio.sleep(0)

    def run_polling(self):
        asyncio.run(self._polling())
