from __future__ import annotations

from fastapi import APIRouter, HTTPException
from loguru import logger
from pydantic import BaseModel

from orders import db
from orders.clients.payments import charge, refund

router = APIRouter(prefix="/orders")


class OrderIn(BaseModel):
    customer: str
    amount_cents: int


@router.post("", status_code=201)
async def create_order(order: OrderIn) -> dict:
    order_id = await db.pool().fetchval(
        "INSERT INTO orders (customer, amount_cents, status) VALUES ($1, $2, 'new') RETURNING id",
        order.customer, order.amount_cents,
    )
    logger.info("order {} created for {}", order_id, order.customer)
    charge_id = await charge(order_id, order.amount_cents)
    await db.pool().execute("UPDATE orders SET charge_id = $2, status = 'paid' WHERE id = $1", order_id, charge_id)
    return {"id": order_id, "charge": charge_id}


@router.get("/{order_id}")
async def get_order(order_id: int) -> dict:
    row = await db.pool().fetchrow("SELECT * FROM orders WHERE id = $1", order_id)
    if row is None:
        logger.warning("order {} not found", order_id)
        raise HTTPException(404)
    return dict(row)


@router.post("/{order_id}/cancel")
async def cancel_order(order_id: int) -> dict:
    row = await db.pool().fetchrow("SELECT charge_id, status FROM orders WHERE id = $1", order_id)
    if row is None or row["status"] == "cancelled":
        raise HTTPException(409)
    with logger.contextualize(order_id=order_id):
        await refund(row["charge_id"])
        logger.success("order cancelled and refunded")
    await db.pool().execute("UPDATE orders SET status = 'cancelled' WHERE id = $1", order_id)
    return {"cancelled": order_id}
