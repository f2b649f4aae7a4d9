"""`order-worker`: consumes order events from the bus."""
import asyncio
import logging

from orders.handlers import HANDLERS
from shared.logkit import file_handler

log = logging.getLogger("orders.worker")

SAMPLE_EVENTS = [
    {"type": "order.created", "order": 1001, "sku": "mug-01"},
    {"type": "payment.captured", "order": 1001, "sku": "mug-01"},
]


async def consume(events):
    log.info("consuming %d events", len(events))
    for event in events:
        await HANDLERS[event["type"]](event)


def main():
    logging.basicConfig(level=logging.INFO, handlers=[file_handler("orders-worker.log")])
    asyncio.run(consume(SAMPLE_EVENTS))


if __name__ == "__main__":
    main()
