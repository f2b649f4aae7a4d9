"""``python -m runner`` / ``jobrunner``: the worker pool."""

from __future__ import annotations

import asyncio
import logging
import sys

from loguru import logger

from runner import settings
from runner.jobs import REGISTRY
from runner.logbridge import intercept_stdlib
from runner.queue import JobQueue

log = logging.getLogger("runner")


def configure_logging() -> None:
    logger.remove()
    logger.add(sys.stderr, level=settings.LOG_LEVEL,
               format="<green>{time:HH:mm:ss}</green> <level>{level: <8}</level> {name}: {message}")
    logger.add(settings.LOG_DIR / "runner_{time:YYYY-MM-DD}.log", rotation="00:00", retention="14 days",
               level="INFO", serialize=True)
    intercept_stdlib()


async def worker(name: str, queue: JobQueue) -> None:
    while True:
        job = await queue.reserve(name)
        if job is None:
            continue
        handler = REGISTRY.get(job.kind)
        if handler is None:
            log.error("%s: no handler for job kind %r", name, job.kind)
            await queue.retry(name, job, max_attempts=0)
            continue
        try:
            await asyncio.wait_for(handler(**job.payload), timeout=job.timeout)
        except Exception:
            log.exception("%s: job %s failed", name, job.id)
            await queue.retry(name, job)
        else:
            await queue.ack(name, job)


async def main() -> None:
    queue = JobQueue(settings.REDIS_URL)
    await queue.connect()
    logger.info("runner starting {} workers", settings.CONCURRENCY)
    log.info("handlers: %s", ", ".join(sorted(REGISTRY)))
    async with asyncio.TaskGroup() as tg:
        for i in range(settings.CONCURRENCY):
            tg.create_task(worker(f"w{i}", queue))


def cli() -> None:
    configure_logging()
    asyncio.run(main())


if __name__ == "__main__":
    cli()
