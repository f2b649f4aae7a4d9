import asyncio
import logging

from .jobs import JOB_TYPES
from .retry import retry

logger = logging.getLogger(__name__)


class Consumer:
    def __init__(self, queue_name, concurrency=2):
        self.queue_name = queue_name
        self.concurrency = concurrency
        self.done = 0

    async def fetch_batch(self):
        await asyncio.sleep(0)
        return [
            {"type": "send_email", "payload": {"to": "ann@example.org"}},
            {"type": "resize_image", "payload": {"key": "cat.png", "size": (64, 64)}},
            {"type": "unknown_job", "payload": {}},
        ]

    async def run_job(self, job):
        func = JOB_TYPES.get(job["type"])
        if func is None:
            logger.error("no handler for job type %r", job["type"])
            return
        await retry(lambda: func(job["payload"]))
        self.done += 1

    async def run(self):
        logger.info("consuming %s with concurrency %d", self.queue_name, self.concurrency)
        batch = await self.fetch_batch()
        await asyncio.gather(*(self.run_job(job) for job in batch))
        logger.info("batch finished: %d/%d jobs done", self.done, len(batch))
