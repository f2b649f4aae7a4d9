"""Pre-5.0 worker loop. Unused since the move to jobs.worker.main; nothing imports it."""
import logging

from jobs.common import db

logging.basicConfig(filename="legacy-worker.log", level=logging.INFO)
log = logging.getLogger("jobs.legacy")


async def legacy_loop():
    while (job := await db.fetch_job()) is not None:
        log.info("legacy run of %s", job["id"])
