"""Developer tool: print dead letters as they arrive (``python tools/tail_dead_letters.py``)."""

from __future__ import annotations

import asyncio
import logging
import sys

import redis.asyncio as aioredis
from loguru import logger

from runner import settings
from runner.logbridge import InterceptHandler

log = logging.getLogger("runner.deadletters")


async def tail(redis: aioredis.Redis) -> None:
    while True:
        item = await redis.brpop(settings.DEAD_LETTER_KEY, timeout=30)
        if item is None:
            log.info("no dead letters in the last 30 s")
            continue
        log.warning("dead letter: %s", item[1])
        await redis.lpush(settings.DEAD_LETTER_KEY + ":seen", item[1])


async def main() -> None:
    redis = aioredis.from_url(settings.REDIS_URL, decode_responses=True)
    log.info("watching %s on %s", settings.DEAD_LETTER_KEY, settings.REDIS_URL)
    await tail(redis)


if __name__ == "__main__":
    logger.remove()
    logger.add(sys.stderr, format="<red>{time:HH:mm:ss}</red> {message}", colorize=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(InterceptHandler())
    asyncio.run(main())
