"""Stand-in for discord.ext.commands: Bot, Cog, Context."""
from discord import Member, Message
from discord.client import Client


class Context:
    def __init__(self, bot, author):
        self.bot = bot
        self.author = author
        self.sent = []

    async def send(self, text):
        self.sent.append(text)
        print(f"#mod-log: {text}")


class Cog:
    @staticmethod
    def listener(name=None):
        def decorator(func):
            func.__cog_listener__ = name or func.__name__
            return func
        return decorator


def command(name=None):
    def decorator(func):
        func.__command__ = name or func.__name__
        return func
    return decorator


class Bot(Client):
    def __init__(self, command_prefix, *, intents):
        super().__init__(intents=intents)
        self.command_prefix = command_prefix
        self.cogs = {}
        self.commands = {}

    async def add_cog(self, cog):
        self.cogs[type(cog).__name__] = cog
        for attr in dir(type(cog)):
            func = getattr(type(cog), attr)
            if hasattr(func, "__command__"):
                self.commands[func.__command__] = getattr(cog, attr)
            if hasattr(func, "__cog_listener__"):
                self._listeners.setdefault(func.__cog_listener__, []).append(getattr(cog, attr))
        if hasattr(cog, "cog_load"):
            await cog.cog_load()

    async def process_commands(self, message):
        name, *args = message.content[len(self.command_prefix):].split()
        if name in self.commands:
            await self.commands[name](Context(self, message.author), *args)

    async def _simulate(self):
        admin, bob = Member(1, "admin"), Member(2, "bob")
        for n, content in enumerate(["!kick bob", "!warn bob spamming", "hello"]):
            message = Message(n, content, admin)
            if content.startswith(self.command_prefix):
                await self.process_commands(message)
        await self.dispatch("on_member_join", bob)
        await self.dispatch("on_message_delete", Message(9, "deleted text", bob))
