"""Fulfilment worker (`shop-worker`): ships paid orders."""
import asyncio
import logging
import logging.handlers
import queue

from shop import orders

log = logging.getLogger("shop.worker")


async def run(batch):
    for product, qty in batch:
        order = await orders.create(chat_id=0, product=product, qty=qty)
        await orders.fulfil(order.id)
    log.info("batch of %d done", len(batch))


def main():
    log_queue = queue.Queue(-1)
    listener = logging.handlers.QueueListener(log_queue, logging.FileHandler("worker.log"), logging.StreamHandler())
    logging.root.handlers = [logging.handlers.QueueHandler(log_queue)]
    logging.root.setLevel(logging.INFO)
    listener.start()
    try:
        asyncio.run(run([("mug", 1), ("tshirt", 3)]))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
