"""Pre-renders thumbnails for new uploads: ``python -m worker.thumbnailer`` (from the project root)."""

from __future__ import annotations

import asyncio
import atexit
import json
import logging
import logging.config

import redis.asyncio as aioredis

from imgsvc import storage, transform

log = logging.getLogger("imgsvc.worker")

SIZES = ((160, 160), (480, 480))


def configure_logging() -> None:
    with open("config/worker-logging.json", encoding="utf-8") as fh:
        logging.config.dictConfig(json.load(fh))
    listener = logging.getHandlerByName("queue").listener
    listener.start()
    atexit.register(listener.stop)


async def process(job: dict) -> None:
    data = await storage.fetch_original(job["key"])
    if data is None:
        log.warning("original %s vanished before thumbnailing", job["key"])
        return
    loop = asyncio.get_running_loop()
    for width, height in SIZES:
        spec = transform.Spec(width, height, "webp")
        thumb = await loop.run_in_executor(None, transform.render, data, spec)
        await storage.store(thumb, spec.mime)
    log.info("thumbnails for %s done", job["key"])


async def main() -> None:
    redis = aioredis.from_url("redis://localhost:6379/0")
    log.info("waiting for jobs on imgsvc:thumbnails")
    while True:
        _, raw = await redis.blpop("imgsvc:thumbnails")
        await process(json.loads(raw))


if __name__ == "__main__":
    configure_logging()
    asyncio.run(main())
