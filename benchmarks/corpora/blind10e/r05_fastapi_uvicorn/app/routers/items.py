import logging

from fastapi import APIRouter, HTTPException

from app import db

router = APIRouter(prefix="/items")


@router.get("")
async def list_items():
    items = list(db.ITEMS.values())
    if not items:
        logging.warning("catalogue is empty")
    return items


@router.get("/{item_id}")
async def get_item(item_id: str):
    item = await db.fetch_item(int(item_id))
    if item is None:
        raise HTTPException(404, f"item {item_id} not found")
    return item


@router.post("")
async def create_item(payload: dict):
    if not payload.get("name"):
        logging.error("rejected item without a name: %r", payload)
        raise HTTPException(422, "name is required")
    item = await db.insert_item(payload["name"], payload.get("price", 0))
    logging.warning("created item %s", item["id"])
    return item
