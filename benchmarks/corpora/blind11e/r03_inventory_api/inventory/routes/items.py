from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from inventory import db

router = APIRouter(prefix="/items", tags=["items"])
logger = logging.getLogger(__name__)
metrics = logging.getLogger("inventory.metrics")


class ItemIn(BaseModel):
    sku: str
    name: str
    quantity: int = 0


@router.get("")
async def list_items(limit: int = 100) -> list[dict]:
    rows = await db.pool().fetch("SELECT sku, name, quantity FROM items LIMIT $1", limit)
    logger.info("listed %d items", len(rows))
    return [dict(r) for r in rows]


@router.post("", status_code=201)
async def create_item(item: ItemIn) -> dict:
    try:
        await db.pool().execute(
            "INSERT INTO items (sku, name, quantity) VALUES ($1, $2, $3)",
            item.sku, item.name, item.quantity,
        )
    except Exception as exc:
        logger.exception("could not create %s", item.sku)
        raise HTTPException(status_code=409, detail="duplicate sku") from exc
    return item.model_dump()


@router.get("/stats")
async def stock_stats() -> dict:
    total = await db.pool().fetchval("SELECT coalesce(sum(quantity), 0) FROM items")
    metrics.info("stock_total=%d", total)
    return {"total": total}


@router.get("/health")
def health() -> dict:
    logger.info("health probe")
    return {"ok": True}
