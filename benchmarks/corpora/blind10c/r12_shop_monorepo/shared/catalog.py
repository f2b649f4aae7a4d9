"""Product catalogue shared by the storefront, the order worker and the seed script."""
import asyncio
import logging

log = logging.getLogger("shared.catalog")

_PRODUCTS = {"mug-01": {"name": "Mug", "price": 9.5}}


async def get_product(sku):
    await asyncio.sleep(0)
    product = _PRODUCTS.get(sku)
    log.info("lookup %s -> %s", sku, "hit" if product else "miss")
    return product


async def upsert_product(sku, name, price):
    log.info("upsert %s (%s, %.2f)", sku, name, price)
    _PRODUCTS[sku] = {"name": name, "price": price}
    await asyncio.sleep(0)


def all_products():
    return dict(_PRODUCTS)
