import asyncio
import itertools
import logging

from shop import catalog

log = logging.getLogger(__name__)
_ids = itertools.count(1)
ORDERS = {}


class Order:
    def __init__(self, chat_id, product, qty, total):
        self.id = next(_ids)
        self.chat_id, self.product, self.qty, self.total = chat_id, product, qty, total
        self.status = "new"


async def create(chat_id, product, qty):
    price = await catalog.price_of(product)
    order = Order(chat_id, product, qty, price * qty)
    ORDERS[order.id] = order
    log.info("order %s: %s x %s = %.2f", order.id, qty, product, order.total)
    return order


async def fulfil(order_id):
    order = ORDERS.get(order_id)
    if order is None:
        log.info("order %s vanished", order_id)
        return False
    await asyncio.sleep(0)
    order.status = "shipped"
    log.info("order %s shipped", order_id)
    return True


def snapshot():
    log.debug("snapshot of %d orders", len(ORDERS))
    return [(o.id, o.product, o.qty, o.total, o.status) for o in ORDERS.values()]
