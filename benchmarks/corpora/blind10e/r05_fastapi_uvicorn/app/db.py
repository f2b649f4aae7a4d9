import asyncio
import logging

ITEMS: dict[int, dict] = {}


def seed(rows):
    """Used by scripts/seed_db.py and the tests (synchronous)."""
    for row in rows:
        ITEMS[row["id"]] = row
    logging.info("seeded %d items", len(rows))


async def fetch_item(item_id: int):
    await asyncio.sleep(0)
    item = ITEMS.get(item_id)
    if item is None:
        logging.warning("item %s not in the database", item_id)
    return item


async def insert_item(name: str, price: float) -> dict:
    await asyncio.sleep(0)
    item = {"id": max(ITEMS, default=0) + 1, "name": name, "price": price}
    ITEMS[item["id"]] = item
    return item
