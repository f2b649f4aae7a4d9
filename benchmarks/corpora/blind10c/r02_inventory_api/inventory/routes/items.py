"""/items endpoints."""
import json

from inventory.db import ItemRepository
from inventory.log import get_logger

log = get_logger("routes.items")
repo = ItemRepository()


async def list_items(request):
    items = await repo.fetch_all()
    log.info("listing %d items", len(items))
    return 200, {"items": items}


async def get_item(request):
    sku = request["path"].rsplit("/", 1)[-1]
    item = await repo.get(sku)
    if item is None:
        log.warning("unknown sku %s", sku)
        return 404, {"error": "not found"}
    return 200, item


async def create_item(request):
    payload = json.loads(request["body"] or b"{}")
    await repo.insert(payload)
    log.info("created %s", payload.get("sku"))
    return 201, payload
