import asyncio
import logging

from shop.catalogue import PRODUCTS

logger = logging.getLogger(__name__)


async def reserve_stock(product_id: int, qty: int) -> bool:
    await asyncio.sleep(0)
    product = PRODUCTS.get(product_id)
    if product is None or product["stock"] < qty:
        logger.warning("cannot reserve %s x%d", product_id, qty)
        return False
    product["stock"] -= qty
    logger.info("reserved %s x%d, %d left", product_id, qty, product["stock"])
    return True
