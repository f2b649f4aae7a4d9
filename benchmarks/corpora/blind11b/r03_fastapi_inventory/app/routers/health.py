import logging

from fastapi import APIRouter

from app import db

# reuse uvicorn's logger so health failures show up next to the server's own lines
log = logging.getLogger("uvicorn.error")
router = APIRouter()


@router.get("/healthz")
async def healthz() -> dict:
    ok = await db.ping()
    if not ok:
        log.warning("health check: database unreachable")
    return {"database": ok}
