"""Payments; the last errors are kept in memory for the admin status page."""
import collections
import logging


class RecentErrors(logging.Handler):
    def __init__(self, size=100):
        super().__init__(level=logging.INFO)
        self.records = collections.deque(maxlen=size)

    def emit(self, record):
        self.records.append(self.format(record))


RECENT = RecentErrors()
log = logging.getLogger("shop.payments")
log.addHandler(RECENT)

LIMIT = 1000


async def charge(order):
    log.info("charging %.2f for order %s", order.total, order.id)
    if order.total > LIMIT:
        log.error("order %s declined: over the %s limit", order.id, LIMIT)
        return False
    order.status = "paid"
    return True
