from __future__ import annotations

import logging
import os

import redis.asyncio as aioredis
from aiohttp import web

logger = logging.getLogger(__name__)

REDIS_KEY = web.AppKey("redis", aioredis.Redis)


async def init_redis(app: web.Application) -> None:
    url = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    app[REDIS_KEY] = aioredis.from_url(url, decode_responses=True)
    await app[REDIS_KEY].ping()
    logger.info("connected to redis at %s", url)


async def close_redis(app: web.Application) -> None:
    await app[REDIS_KEY].aclose()
    logger.info("redis connection closed")
