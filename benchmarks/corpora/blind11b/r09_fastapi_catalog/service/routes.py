import logging

from fastapi import APIRouter, HTTPException

from service import db

log = logging.getLogger(__name__)
router = APIRouter(prefix="/products")


@router.get("/{product_id}")
async def get_product(product_id: int) -> dict:
    row = await db.pool().fetchrow("SELECT id, name, price_cents FROM products WHERE id = $1", product_id)
    if row is None:
        log.info("product %s not found", product_id)
        raise HTTPException(404)
    return dict(row)


@router.get("/")
async def search(q: str = "", limit: int = 20) -> list[dict]:
    rows = await db.pool().fetch(
        "SELECT id, name, price_cents FROM products WHERE name ILIKE $1 LIMIT $2", f"%{q}%", limit
    )
    log.info("search %r returned %d rows", q, len(rows))
    return [dict(r) for r in rows]
