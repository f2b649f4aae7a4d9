import logging

from aiohttpish import web
from shared import catalog

log = logging.getLogger("storefront.views")


async def index(request):
    log.info("index page")
    return web.json_response({"products": list(catalog.all_products())})


async def product(request):
    item = await catalog.get_product(request.match_info["sku"])
    if item is None:
        log.info("product %s not found", request.match_info["sku"])
        return web.json_response({"error": "not found"}, status=404)
    return web.json_response(item)
