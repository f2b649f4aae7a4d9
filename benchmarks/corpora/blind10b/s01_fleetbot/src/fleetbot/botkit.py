"""A very small stand-in for the chat framework the bot is written against."""
import asyncio
from dataclasses import dataclass, field


@dataclass
class Update:
    user: str
    text: str
    replies: list = field(default_factory=list)

    async def reply(self, text: str) -> None:
        await asyncio.sleep(0)
        self.replies.append(text)


DEMO_UPDATES = (("ana", "/start"), ("bo", "/status"), ("ana", "/echo hi"), ("cy", "/mirror yo"))


class Application:
    def __init__(self, token: str) -> None:
        self.token = token
        self._commands = {}

    def add_handler(self, command: str, callback) -> None:
        self._commands[command] = callback

    async def _poll(self, updates) -> None:
        for update in updates:
            command = update.text.partition(" ")[0].lstrip("/")
            callback = self._commands.get(command)
            if callback is not None:
                await callback(update)

    def run_polling(self, updates=None) -> None:
        updates = updates or [Update(user, text) for user, text in DEMO_UPDATES]
        asyncio.run(self._poll(updates))


async def serve_webhook(callback, payloads) -> None:
    for payload in payloads:
        await callback(payload)
