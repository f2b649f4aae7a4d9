"""Exit 0 if the consumer group is keeping up (used by the container healthcheck)."""
from __future__ import annotations

import asyncio
import sys

import redis.asyncio as aioredis
from loguru import logger

logger.remove()
logger.add(sys.stdout, format="{level} {message}", level="INFO")


async def check(max_pending: int = 1000) -> int:
    redis = aioredis.from_url("redis://localhost")
    info = await redis.xpending("uploads", "thumbnailer")
    pending = info["pending"]
    if pending > max_pending:
        logger.error("{} messages pending", pending)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(check()))
