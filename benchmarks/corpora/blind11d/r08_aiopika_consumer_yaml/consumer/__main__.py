import asyncio
import logging
import os

import aio_pika

from consumer.handlers.emails import on_email_requested
from consumer.handlers.orders import on_order_created, on_order_paid
from consumer.logging_config import setup_logging
from consumer.retry import with_retry

log = logging.getLogger("consumer")
AMQP_URL = os.environ.get("AMQP_URL", "amqp://guest:guest@localhost/")

QUEUES = {
    "orders.created": on_order_created,
    "orders.paid": on_order_paid,
    "emails.requested": on_email_requested,
}


async def watch_connection(connection: aio_pika.abc.AbstractRobustConnection) -> None:
    while not connection.is_closed:
        await asyncio.sleep(15)
    log.warning("connection closed, stopping watcher")


async def main() -> None:
    connection = await with_retry(aio_pika.connect_robust, AMQP_URL)
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=20)
        for name, callback in QUEUES.items():
            queue = await channel.declare_queue(name, durable=True)
            await queue.consume(callback)
        log.info("consuming from %s", ", ".join(QUEUES))
        await watch_connection(connection)


def run() -> None:
    setup_logging()
    asyncio.run(main())


if __name__ == "__main__":
    run()
