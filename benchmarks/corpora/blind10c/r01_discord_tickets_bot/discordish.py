"""Minimal stand-in for discord.py's ``commands.Bot`` (standard library only)."""
import asyncio
import logging

_log = logging.getLogger("discordish.client")

SCRIPTED_MESSAGES = (
    "open printer jammed on floor 2",
    "close 9",
    "close 1",
    "kick bob spamming links",
    "stats",
    "help",
)


class Context:
    def __init__(self, bot, author, channel="support"):
        self.bot = bot
        self.author = author
        self.channel = channel
        self.sent = []

    async def send(self, content):
        self.sent.append(content)
        await asyncio.sleep(0)


class Cog:
    """Base class for a group of commands."""


class Bot:
    def __init__(self, command_prefix="!"):
        self.command_prefix = command_prefix
        self.user = "TicketBot#0001"
        self.cogs = []
        self._events = {}
        self._commands = {}

    def event(self, coro):
        self._events[coro.__name__] = coro
        return coro

    def add_cog(self, cog):
        self.cogs.append(cog)

    def add_command(self, name, coro):
        self._commands[name] = coro

    async def _dispatch(self, name, *args):
        coro = self._events.get(name)
        if coro is not None:
            await coro(*args)

    async def start(self, token):
        _log.info("logging in using a static token (%d chars)", len(token))
        await self._dispatch("setup_hook")
        await self._dispatch("on_ready")
        for line in SCRIPTED_MESSAGES:
            name, *args = line.split()
            handler = self._commands.get(name)
            if handler is None:
                _log.debug("ignoring unknown command %r", name)
                continue
            await handler(Context(self, author="alice#0042"), *args)
        _log.info("scripted session over, closing the gateway")

    def run(self, token):
        asyncio.run(self.start(token))
