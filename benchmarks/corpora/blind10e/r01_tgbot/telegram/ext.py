"""Stand-in for telegram.ext: Application.run_polling() owns the event loop."""
import asyncio
import logging

from telegram import Message, Update, User

_LOGGER = logging.getLogger("telegram.ext.Application")


class ContextTypes:
    DEFAULT_TYPE = object


class CallbackContext:
    def __init__(self, application, error=None):
        self.application = application
        self.bot_data = application.bot_data
        self.error = error
        self.args = []


class CommandHandler:
    def __init__(self, command, callback):
        self.command = command
        self.callback = callback


class JobQueue:
    def __init__(self, application):
        self.application = application
        self.jobs = []

    def run_repeating(self, callback, interval, first=0):
        self.jobs.append((callback, interval))


class Application:
    def __init__(self, token, post_init=None):
        self.token = token
        self.handlers = {}
        self.error_handlers = []
        self.bot_data = {}
        self.post_init = post_init
        self.job_queue = JobQueue(self)

    def add_handler(self, handler):
        self.handlers[handler.command] = handler

    def add_error_handler(self, callback):
        self.error_handlers.append(callback)

    async def _dispatch(self, update):
        command = update.message.text.split()[0].lstrip("/")
        handler = self.handlers.get(command)
        if handler is None:
            return
        context = CallbackContext(self)
        context.args = update.message.text.split()[1:]
        try:
            await handler.callback(update, context)
        except Exception as exc:  # noqa: BLE001 - forwarded to the error handlers
            for callback in self.error_handlers:
                await callback(update, CallbackContext(self, error=exc))

    async def _polling(self):
        if self.post_init:
            await self.post_init(self)
        _LOGGER.info("Application started")
        user = User(7, "alice")
        for n, text in enumerate(["/start", "/help", "/ban 42", "/ban", "/stats"]):
            await self._dispatch(Update(n, Message(text, user)))
        for callback, _interval in self.job_queue.jobs:
            await callback(CallbackContext(self))
        _LOGGER.info("Application is stopping")

    def run_polling(self):
        asyncio.run(self._polling())


class ApplicationBuilder:
    def __init__(self):
        self._token = None
        self._post_init = None

    def token(self, token):
        self._token = token
        return self

    def post_init(self, callback):
        self._post_init = callback
        return self

    def build(self):
        return Application(self._token, post_init=self._post_init)
