import logging

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.deps import get_db

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/items", tags=["items"])


class ItemIn(BaseModel):
    sku: str
    name: str
    quantity: int = 0


@router.get("")
async def list_items(limit: int = 50, db: AsyncSession = Depends(get_db)) -> list[dict]:
    rows = (await db.execute(text("SELECT sku, name, quantity FROM items LIMIT :n"), {"n": limit})).all()
    logger.info("listed %d items", len(rows))
    return [dict(r._mapping) for r in rows]


@router.post("", status_code=201)
async def create_item(item: ItemIn, db: AsyncSession = Depends(get_db)) -> dict:
    await db.execute(
        text("INSERT INTO items (sku, name, quantity) VALUES (:sku, :name, :quantity)"),
        item.model_dump(),
    )
    await db.commit()
    logger.info("created item %s", item.sku)
    return item.model_dump()


@router.delete("/{sku}", status_code=204)
async def delete_item(sku: str, db: AsyncSession = Depends(get_db)) -> None:
    result = await db.execute(text("DELETE FROM items WHERE sku = :sku"), {"sku": sku})
    if result.rowcount == 0:
        logger.warning("delete of unknown item %s", sku)
        raise HTTPException(status_code=404, detail="no such item")
    await db.commit()
