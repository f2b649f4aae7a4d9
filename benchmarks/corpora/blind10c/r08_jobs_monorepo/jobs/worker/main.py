"""`jobs-worker`: pull jobs and run them."""
import asyncio
import logging

from jobs.common import db
from jobs.worker import tasks

log = logging.getLogger("jobs.worker")


async def run_worker():
    log.info("worker up, %d task kinds", len(tasks.REGISTRY))
    while (job := await db.fetch_job()) is not None:
        result = await tasks.REGISTRY[job["kind"]](job)
        await db.mark_done(job["id"], result)


def setup():
    handler = logging.FileHandler("worker.log")
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    jobs_logger = logging.getLogger("jobs")
    jobs_logger.setLevel(logging.INFO)
    jobs_logger.addHandler(handler)


def cli():
    setup()
    asyncio.run(run_worker())


if __name__ == "__main__":
    cli()
