import logging

from shared import catalog

log = logging.getLogger("orders.handlers")


async def handle_order_created(event):
    product = await catalog.get_product(event["sku"])
    log.info("order %s created for %s", event["order"], product and product["name"])


async def handle_payment_captured(event):
    await catalog.get_product(event["sku"])
    event["status"] = "paid"


HANDLERS = {"order.created": handle_order_created, "payment.captured": handle_payment_captured}
