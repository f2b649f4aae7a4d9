"""HTTP routes of the order API."""
import json

from acme.common import db
from acme.common.log import get_logger

log = get_logger("api.routes")


async def list_orders(request):
    rows = await db.fetch_rows("orders")
    log.info("GET /orders -> %d", len(rows))
    return 200, json.dumps([row["id"] for row in rows])


async def create_order(request):
    order = {"id": request["id"], "status": "new", "ts": 0}
    await db.save_row("orders", order)
    log.info("POST /orders -> %s", order["id"])
    return 201, json.dumps(order)


ROUTES = {("GET", "/orders"): list_orders, ("POST", "/orders"): create_order}
