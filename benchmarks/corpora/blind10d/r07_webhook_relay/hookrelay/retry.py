import asyncio
import logging


async def with_backoff(call, *, log: logging.Logger, attempts: int = 3, base: float = 0.001) -> int:
    status = 0
    for attempt in range(1, attempts + 1):
        status = await call()
        if status < 500:
            return status
        log.warning("attempt %d/%d failed with %d", attempt, attempts, status)
        await asyncio.sleep(base * 2 ** attempt)
    return status
