"""`telegram.ext` look-alike: Application.builder(), CommandHandler, run_polling()."""
import asyncio
import logging

_LOGGER = logging.getLogger("telegramish.ext.Application")

SCRIPTED_UPDATES = (
    (42, "ann", "/start"),
    (42, "ann", "/remind 10m stretch your legs"),
    (42, "ann", "/remind soon water the plants"),
    (42, "ann", "/list"),
)


class Update:
    def __init__(self, chat_id, user, text):
        self.chat_id, self.user, self.text = chat_id, user, text
        self.replies = []

    async def reply(self, text):
        self.replies.append(text)
        await asyncio.sleep(0)


class Context:
    def __init__(self, application, args):
        self.application = application
        self.args = args
        self.error = None


class CommandHandler:
    def __init__(self, command, callback):
        self.command, self.callback = command, callback


class ApplicationBuilder:
    def __init__(self):
        self._token = None
        self._hooks = {}

    def token(self, token):
        self._token = token
        return self

    def post_init(self, coro):
        self._hooks["post_init"] = coro
        return self

    def post_shutdown(self, coro):
        self._hooks["post_shutdown"] = coro
        return self

    def build(self):
        return Application(self._token, **self._hooks)


class Application:
    def __init__(self, token, post_init=None, post_shutdown=None):
        self.token = token
        self.post_init = post_init
        self.post_shutdown = post_shutdown
        self.handlers = []
        self.error_handlers = []
        self.outbox = []

    @staticmethod
    def builder():
        return ApplicationBuilder()

    def add_handler(self, handler):
        self.handlers.append(handler)

    def add_error_handler(self, callback):
        self.error_handlers.append(callback)

    async def send_message(self, chat_id, text):
        self.outbox.append((chat_id, text))
        await asyncio.sleep(0)

    async def _process(self, update):
        command, *args = update.text.lstrip("/").split()
        context = Context(self, args)
        for handler in self.handlers:
            if handler.command != command:
                continue
            try:
                await handler.callback(update, context)
            except Exception as exc:
                context.error = exc
                for callback in self.error_handlers:
                    await callback(update, context)

    async def _poll(self):
        _LOGGER.info("Application started")
        if self.post_init:
            await self.post_init(self)
        for chat_id, user, text in SCRIPTED_UPDATES:
            await self._process(Update(chat_id, user, text))
        if self.post_shutdown:
            await self.post_shutdown(self)
        _LOGGER.info("Application.stop() complete")

    def run_polling(self, allowed_updates=None):
        asyncio.run(self._poll())
