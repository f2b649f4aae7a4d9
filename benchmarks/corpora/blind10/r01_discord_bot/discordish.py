"""Tiny stand-in for the parts of discord.py's commands extension this bot uses.

Only the standard library; the gateway is simulated by a fixed inbox.
"""
import asyncio
import logging

_log = logging.getLogger("discordish.client")


class Intents:
    def __init__(self, **flags):
        self.flags = flags

    @classmethod
    def default(cls):
        return cls(guilds=True, messages=True)


class Context:
    def __init__(self, bot, content, author="someone#1234"):
        self.bot = bot
        self.content = content
        self.author = author
        self.replies = []

    async def send(self, text):
        self.replies.append(text)


class Bot:
    def __init__(self, command_prefix, intents):
        self.command_prefix = command_prefix
        self.intents = intents
        self.user = "MusicBot#0001"
        self._events = {}
        self._commands = {}
        self._inbox = [
            "!play never gonna give you up",
            "!queue",
            "!kick spammer#6666",
            "!purge 5",
            "!skip",
        ]

    def event(self, coro):
        self._events[coro.__name__] = coro
        return coro

    def add_command(self, name, callback):
        self._commands[name] = callback

    async def _dispatch(self, event, *args):
        handler = self._events.get(event)
        if handler is not None:
            await handler(*args)

    async def process_commands(self, content):
        ctx = Context(self, content)
        name, _, arg = content[len(self.command_prefix):].partition(" ")
        callback = self._commands.get(name)
        if callback is None:
            await self._dispatch("on_command_error", ctx, LookupError(f"unknown command {name!r}"))
            return
        await callback(ctx, arg)

    async def start(self, token):
        _log.info("connecting to the gateway with token %s...", token[:3])
        await asyncio.sleep(0)
        await self._dispatch("on_ready")
        for content in self._inbox:
            await self.process_commands(content)
        _log.info("gateway connection closed")

    def run(self, token):
        asyncio.run(self.start(token))
