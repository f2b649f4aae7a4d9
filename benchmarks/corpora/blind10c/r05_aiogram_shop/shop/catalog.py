import asyncio
import logging

log = logging.getLogger(__name__)

PRODUCTS = {"mug": 12.5, "tshirt": 22.0, "piano": 4200.0}


async def list_products():
    await asyncio.sleep(0)
    log.info("catalog has %d products", len(PRODUCTS))
    return sorted(PRODUCTS.items())


async def price_of(name):
    await asyncio.sleep(0)
    if name not in PRODUCTS:
        log.warning("unknown product %s", name)
        return None
    return PRODUCTS[name]
