"""Re-queue thumbnails for every upload since a date:  python scripts/backfill.py 2024-01-01"""
from __future__ import annotations

import asyncio
import sys

import aioboto3
import redis.asyncio as aioredis
from loguru import logger

log = logger.bind(task="backfill")


async def list_keys(s3, bucket: str, since: str) -> list[str]:
    keys: list[str] = []
    paginator = s3.get_paginator("list_objects_v2")
    async for page in paginator.paginate(Bucket=bucket):
        keys.extend(o["Key"] for o in page.get("Contents", []) if o["LastModified"].isoformat() >= since)
    logger.info("{} keys since {}", len(keys), since)
    return keys


async def enqueue(redis: aioredis.Redis, keys: list[str]) -> None:
    for chunk_start in range(0, len(keys), 500):
        pipe = redis.pipeline()
        for key in keys[chunk_start:chunk_start + 500]:
            pipe.xadd("uploads", {"key": key})
        await pipe.execute()
        log.info("queued up to {}", chunk_start + 500)


async def main(since: str) -> None:
    redis = aioredis.from_url("redis://localhost")
    async with aioboto3.Session().client("s3") as s3:
        keys = await list_keys(s3, "uploads", since)
    await enqueue(redis, keys)
    logger.success("backfill queued {} uploads", len(keys))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
