"""Drop pending jobs older than a day (cron, every hour)."""

import asyncio
import sys
import time

import redis.asyncio as redis
from loguru import logger

logger.remove()
logger.add(sys.stderr, level="INFO", enqueue=True)


async def prune(max_age: float = 86400.0) -> int:
    r = redis.Redis(host="localhost", decode_responses=True)
    dropped = 0
    for job_id in await r.lrange("jobs:pending", 0, -1):
        created = float(await r.hget(f"job:{job_id}", "created") or time.time())
        if time.time() - created > max_age:
            await r.lrem("jobs:pending", 0, job_id)
            dropped += 1
    logger.info("dropped {} stale jobs", dropped)
    await r.aclose()
    return dropped


if __name__ == "__main__":
    asyncio.run(prune())
    logger.complete()
