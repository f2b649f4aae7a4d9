import logging

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Item

log = logging.getLogger(__name__)


class OutOfStock(Exception):
    pass


async def reserve(session: AsyncSession, sku: str, quantity: int) -> Item:
    item = (await session.execute(select(Item).where(Item.sku == sku).with_for_update())).scalar_one()
    if item.quantity < quantity:
        log.warning("cannot reserve %d x %s: only %d left", quantity, sku, item.quantity)
        raise OutOfStock(sku)
    item.quantity -= quantity
    await session.commit()
    return item


async def recount(session: AsyncSession) -> int:
    items = (await session.execute(select(Item))).scalars().all()
    return sum(i.quantity for i in items)
