"""Stand-in for the chat client library (a discord.py-like surface)."""
import asyncio
import logging

log = logging.getLogger("relay.chat")


class Message:
    def __init__(self, author: str, content: str) -> None:
        self.author = author
        self.content = content


DEMO = (("ana", "hello"), ("spam", "buy now"), ("bo", "!ban spam"))


class Bot:
    def __init__(self, prefix: str = "!") -> None:
        self.prefix = prefix
        self.cogs = []

    def add_cog(self, cog) -> None:
        self.cogs.append(cog)

    async def start(self, token: str) -> None:
        log.info("connected with token ending %s", token[-4:])
        for author, content in DEMO:
            for cog in self.cogs:
                await cog.on_message(Message(author, content))

    def run(self, token: str) -> None:
        asyncio.run(self.start(token))
