import asyncio
import logging
import random

log = logging.getLogger(__name__)


async def with_retry(fn, *args, attempts: int = 5, base_delay: float = 0.5):
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args)
        except (ConnectionError, asyncio.TimeoutError) as exc:
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random() / 10
            log.warning("attempt %d/%d of %s failed (%s); retrying in %.1fs",
                        attempt, attempts, fn.__name__, exc, delay)
            await asyncio.sleep(delay)
