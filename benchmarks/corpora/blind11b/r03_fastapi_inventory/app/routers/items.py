import csv
import io
import logging

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.audit import audit_log
from app.db import Item, get_session
from app.services import stock

log = logging.getLogger(__name__)
router = APIRouter(prefix="/items", tags=["items"])


class ItemIn(BaseModel):
    sku: str
    name: str
    quantity: int = 0


@router.get("/")
async def list_items(session: AsyncSession = Depends(get_session)) -> list[dict]:
    items = (await session.execute(select(Item))).scalars().all()
    log.info("listing %d items", len(items))
    return [{"sku": i.sku, "name": i.name, "quantity": i.quantity} for i in items]


@router.post("/", status_code=201)
async def create_item(body: ItemIn, session: AsyncSession = Depends(get_session)) -> dict:
    session.add(Item(sku=body.sku, name=body.name, quantity=body.quantity))
    await session.commit()
    log.info("created item %s", body.sku)
    return {"sku": body.sku}


@router.post("/{sku}/reserve")
async def reserve_item(sku: str, quantity: int, session: AsyncSession = Depends(get_session)) -> dict:
    try:
        item = await stock.reserve(session, sku, quantity)
    except stock.OutOfStock:
        raise HTTPException(409, "not enough stock") from None
    return {"sku": sku, "left": item.quantity}


@router.delete("/{sku}", status_code=204)
async def delete_item(sku: str, session: AsyncSession = Depends(get_session)) -> None:
    item = await session.get(Item, sku)
    if item is None:
        raise HTTPException(404)
    await session.delete(item)
    await session.commit()
    audit_log.info("item %s deleted", sku)


@router.get("/export.csv", response_class=PlainTextResponse)
def export_csv() -> str:
    # sync endpoint: FastAPI runs it in its thread pool
    buf = io.StringIO()
    csv.writer(buf).writerow(["sku", "name", "quantity"])
    log.info("csv export requested")
    return buf.getvalue()
