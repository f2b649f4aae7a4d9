"""Job queue storage (an in-memory list stands in for Postgres)."""
import asyncio

from jobs.common.logutil import get_logger

log = get_logger("db")

_PENDING = [
    {"id": 1, "kind": "email", "to": "ops@example.org"},
    {"id": 2, "kind": "resize", "image": "cat.png", "size": 256},
    {"id": 3, "kind": "email", "to": "dev@example.org"},
]
_DONE = {}


async def fetch_job():
    await asyncio.sleep(0)
    job = _PENDING.pop(0) if _PENDING else None
    log.info("fetched %s", job and job["id"])
    return job


async def mark_done(job_id, result):
    _DONE[job_id] = result
    log.info("job %s done: %s", job_id, result)
    await asyncio.sleep(0)


def count_pending():
    return len(_PENDING)
