import logging

import redis.asyncio as redis
from fastapi import APIRouter, HTTPException
from loguru import logger

log = logging.getLogger(__name__)
router = APIRouter(prefix="/jobs")
r = redis.Redis(host="localhost", decode_responses=True)


@router.get("/status")
async def queue_status() -> dict:
    pending = await r.llen("jobs:pending")
    failed = await r.llen("jobs:failed")
    log.info("status: %d pending, %d failed", pending, failed)
    return {"pending": pending, "failed": failed}


@router.post("/{job_id}/retry")
async def retry_job(job_id: str) -> dict:
    moved = await r.lrem("jobs:failed", 1, job_id)
    if not moved:
        log.warning("retry of unknown job %s", job_id)
        raise HTTPException(404, "not in failed list")
    await r.rpush("jobs:pending", job_id)
    return {"requeued": job_id}


@router.get("")
async def list_jobs(limit: int = 20) -> list[str]:
    ids = await r.lrange("jobs:pending", 0, limit - 1)
    logger.info("listing {} pending jobs", len(ids))
    return ids


@router.delete("/{job_id}")
async def cancel_job(job_id: str) -> dict:
    removed = await r.lrem("jobs:pending", 0, job_id)
    logger.info("cancelled {} ({} copies)", job_id, removed)
    return {"removed": removed}
