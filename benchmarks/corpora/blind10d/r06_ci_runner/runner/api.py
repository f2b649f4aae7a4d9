"""Coordinator API client (the coordinator is simulated by a local job list)."""
import asyncio
import logging

from runner.jobs import Job

log = logging.getLogger("runner.api")

_PENDING = [Job("41", "lint+build", ["checkout", "build"]), Job("42", "docs", ["checkout"])]


async def poll_jobs(agent: str) -> list:
    await asyncio.sleep(0)
    batch = [_PENDING.pop(0)] if _PENDING else []
    log.info("poll by %s: %d job(s)", agent, len(batch))
    return batch


async def report(job: Job, result: str) -> None:
    await asyncio.sleep(0)
    log.info("job %s finished: %s", job.id, result)
