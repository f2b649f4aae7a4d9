"""Slack alerts without blocking the event loop: emit() only enqueues, a task posts."""

import asyncio
import logging

import aiohttp


class SlackHandler(logging.Handler):
    def __init__(self, webhook_url: str, level: int = logging.ERROR) -> None:
        super().__init__(level)
        self.webhook_url = webhook_url
        self.queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1000)
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def emit(self, record: logging.LogRecord) -> None:
        if self._loop is None:
            return
        try:
            self._loop.call_soon_threadsafe(self.queue.put_nowait, self.format(record))
        except (RuntimeError, asyncio.QueueFull):
            pass

    async def sender(self) -> None:
        async with aiohttp.ClientSession() as session:
            while True:
                text = await self.queue.get()
                try:
                    await session.post(self.webhook_url, json={"text": text})
                except aiohttp.ClientError:
                    pass
