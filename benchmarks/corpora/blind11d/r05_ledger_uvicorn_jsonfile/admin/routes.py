import logging

from fastapi import APIRouter, HTTPException

from admin.store import close_period, reopen_period

log = logging.getLogger("uvicorn.error")
router = APIRouter(prefix="/admin")


@router.post("/periods/{period}/close")
async def close(period: str) -> dict:
    closed = await close_period(period)
    log.info("period %s closed (%d accounts)", period, closed)
    return {"period": period, "closed": closed}


@router.post("/periods/{period}/reopen")
async def reopen(period: str, reason: str) -> dict:
    if not reason:
        raise HTTPException(400, "a reason is required")
    log.warning("period %s reopened: %s", period, reason)
    await reopen_period(period)
    return {"period": period, "reopened": True}
