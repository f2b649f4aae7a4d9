import asyncio
import logging

from discord import utils

_log = logging.getLogger("discord.client")


class Intents:
    def __init__(self, **flags):
        self.flags = flags

    @classmethod
    def default(cls):
        return cls(guilds=True, messages=True)


class Message:
    def __init__(self, content, author="ops#0001", channel="fleet-ops"):
        self.content = content
        self.author = author
        self.channel = channel
        self.replies = []

    async def reply(self, text):
        await asyncio.sleep(0)
        self.replies.append(text)


class Client:
    scripted_messages = ["!status", "hello", "!status"]

    def __init__(self, *, intents=None):
        self.intents = intents or Intents.default()
        self.user = "fleet-opsbot#4242"
        self._events = {}

    def event(self, coro):
        self._events[coro.__name__] = coro
        return coro

    async def _dispatch(self, name, *args):
        handler = self._events.get(name)
        if handler is not None:
            await handler(*args)

    async def _runner(self, token):
        _log.info("logging in using static token (%d chars)", len(token))
        await self._dispatch("on_ready")
        for content in self.scripted_messages:
            await self._dispatch("on_message", Message(content))

    def run(self, token, *, log_handler=utils.MISSING, log_level=logging.INFO):
        if log_handler is not None:
            utils.setup_logging(handler=log_handler, level=log_level)
        asyncio.run(self._runner(token))
