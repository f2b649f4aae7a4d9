import logging
import time
from typing import Any, Awaitable, Callable

from aiogram import BaseMiddleware
from aiogram.types import Message, TelegramObject

log = logging.getLogger(__name__)


class ThrottleMiddleware(BaseMiddleware):
    def __init__(self, rate: float = 1.0) -> None:
        self.rate = rate
        self.last_seen: dict[int, float] = {}

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Message) and event.from_user:
            now = time.monotonic()
            last = self.last_seen.get(event.from_user.id, 0.0)
            self.last_seen[event.from_user.id] = now
            if now - last < self.rate:
                log.warning("throttled user %s", event.from_user.id)
                return None
        return await handler(event, data)
