"""Routes of the gateway."""
import logging

from . import web
from .schema import validate_quote
from .upstream import close_client, create_client

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.get("/health")
async def health(request):
    return web.json_response({"status": "ok"})


@routes.get("/prices/{sku}")
async def get_price(request):
    sku = request.match_info["sku"]
    price = await request.app["pricing"].price(sku)
    log.info("price lookup %s -> %s", sku, price)
    if price is None:
        return web.json_response({"error": "unknown sku"}, status=404)
    return web.json_response({"sku": sku, "price": price})


@routes.post("/quotes")
async def create_quote(request):
    payload = await request.json()
    if not validate_quote(payload):
        log.info("rejected quote %r", payload)
        return web.json_response({"error": "invalid"}, status=400)
    price = await request.app["pricing"].price(payload["sku"])
    return web.json_response({"sku": payload["sku"], "total": price})


def create_app():
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(create_client)
    app.on_cleanup.append(close_client)
    return app
