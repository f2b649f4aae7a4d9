from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException

from inventory import db

router = APIRouter(prefix="/reservations", tags=["reservations"])
log = logging.getLogger("inventory.reservations")
audit = logging.getLogger("inventory.audit")


@router.post("/{sku}")
async def reserve(sku: str, quantity: int = 1) -> dict:
    async with db.pool().acquire() as conn:
        left = await conn.fetchval(
            "UPDATE items SET quantity = quantity - $2 WHERE sku = $1 AND quantity >= $2 "
            "RETURNING quantity",
            sku, quantity,
        )
    if left is None:
        log.warning("reservation of %d x %s refused", quantity, sku)
        raise HTTPException(status_code=409, detail="not enough stock")
    return {"sku": sku, "left": left}


@router.delete("/{sku}")
async def release(sku: str, quantity: int = 1, user: str = "system") -> dict:
    await db.pool().execute("UPDATE items SET quantity = quantity + $2 WHERE sku = $1", sku, quantity)
    audit.info("release sku=%s qty=%d by=%s", sku, quantity, user)
    return {"released": quantity}
