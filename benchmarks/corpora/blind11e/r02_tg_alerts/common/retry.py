from __future__ import annotations

import asyncio
import logging
import random
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


async def with_retry(fn: Callable[[], Awaitable[T]], attempts: int = 5, base: float = 0.5) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await fn()
        except (OSError, asyncio.TimeoutError) as exc:
            if attempt == attempts:
                raise
            delay = base * 2 ** attempt + random.random()
            log.warning("attempt %d failed (%s); retrying in %.1fs", attempt, exc, delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")


def backoff_table(attempts: int, base: float) -> list[float]:
    table = [base * 2 ** a for a in range(1, attempts + 1)]
    log.info("backoff table: %s", table)
    return table
