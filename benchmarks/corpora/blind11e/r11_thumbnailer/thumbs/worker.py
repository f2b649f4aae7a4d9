from __future__ import annotations

import asyncio
import os

import aioboto3
import redis.asyncio as aioredis
from loguru import logger

from thumbs.logs import configure
from thumbs.render import render_all

STREAM, GROUP = "uploads", "thumbnailer"
BUCKET = os.environ.get("THUMB_BUCKET", "thumbs")


async def handle(s3, redis: aioredis.Redis, msg_id: bytes, fields: dict) -> None:
    key = fields[b"key"].decode()
    obj = await s3.get_object(Bucket=os.environ.get("UPLOAD_BUCKET", "uploads"), Key=key)
    data = await obj["Body"].read()
    for size, jpeg in (await render_all(data)).items():
        await s3.put_object(Bucket=BUCKET, Key=f"{size}/{key}", Body=jpeg, ContentType="image/jpeg")
    await redis.xack(STREAM, GROUP, msg_id)
    logger.info("thumbnails for {} done", key)


async def consume() -> None:
    redis = aioredis.from_url(os.environ.get("REDIS_URL", "redis://localhost"))
    session = aioboto3.Session()
    async with session.client("s3") as s3:
        logger.info("consuming {} as {}", STREAM, GROUP)
        while True:
            batches = await redis.xreadgroup(GROUP, os.uname().nodename, {STREAM: ">"}, count=10, block=5000)
            for _stream, messages in batches or []:
                for msg_id, fields in messages:
                    try:
                        await handle(s3, redis, msg_id, fields)
                    except Exception:
                        logger.exception("message {} failed", msg_id)


def run() -> None:
    configure(os.environ.get("LOG_LEVEL", "INFO"))
    asyncio.run(consume())


if __name__ == "__main__":
    run()
