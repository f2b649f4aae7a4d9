"""Exponential backoff with jitter."""
import asyncio
import logging
import random

log = logging.getLogger(__name__)


def delays(base=0.5, factor=2.0, cap=30.0, attempts=5, rng=random.random):
    delay = base
    for _ in range(attempts):
        yield min(cap, delay) * (0.5 + rng() / 2)
        delay *= factor


async def retry(coro_factory, attempts=3, base=0.001):
    for attempt, delay in enumerate(delays(base=base, attempts=attempts), 1):
        try:
            return await coro_factory()
        except ConnectionError as exc:
            log.warning("attempt %d failed (%s); sleeping %.3fs", attempt, exc, delay)
            await asyncio.sleep(delay)
    return await coro_factory()


if __name__ == "__main__":
    logging.basicConfig(filename="retry-demo.log", level=logging.DEBUG)
    for n, d in enumerate(delays(rng=lambda: 1.0), 1):
        print(f"attempt {n}: wait {d:.2f}s")
