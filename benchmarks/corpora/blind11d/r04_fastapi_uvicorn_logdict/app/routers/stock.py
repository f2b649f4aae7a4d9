import logging

from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.deps import get_db

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/stock", tags=["stock"])


def _threshold(sku: str) -> int:
    logger.info("using default threshold for %s", sku)
    return 5


@router.post("/{sku}/adjust")
async def adjust_stock(sku: str, delta: int, db: AsyncSession = Depends(get_db)) -> dict:
    row = (
        await db.execute(
            text("UPDATE items SET quantity = quantity + :d WHERE sku = :sku RETURNING quantity"),
            {"d": delta, "sku": sku},
        )
    ).one()
    await db.commit()
    if row.quantity < _threshold(sku):
        logger.warning("stock for %s is low: %d", sku, row.quantity)
    return {"sku": sku, "quantity": row.quantity}


@router.get("/low")
async def low_stock(db: AsyncSession = Depends(get_db)) -> list[str]:
    rows = (await db.execute(text("SELECT sku FROM items WHERE quantity < 5"))).scalars().all()
    logger.info("%d items low on stock", len(rows))
    return list(rows)
