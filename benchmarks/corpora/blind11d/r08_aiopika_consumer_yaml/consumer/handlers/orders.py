import json
import logging

from aio_pika.abc import AbstractIncomingMessage

log = logging.getLogger(__name__)


async def on_order_created(message: AbstractIncomingMessage) -> None:
    async with message.process(requeue=True):
        order = json.loads(message.body)
        log.info("order %s created: %d lines", order["id"], len(order.get("lines", [])))


async def on_order_paid(message: AbstractIncomingMessage) -> None:
    async with message.process():
        event = json.loads(message.body)
        if event.get("amount", 0) <= 0:
            log.error("paid event with non-positive amount: %s", event)
            return
        log.info("order %s paid %s", event["order_id"], event["amount"])
