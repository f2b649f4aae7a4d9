"""Background worker: periodic stock recount. Ships its logs to Loki from a queue thread."""

import asyncio
import logging
from multiprocessing import Queue

import logging_loki

from app.settings import settings
from app.tasks.reindex import reindex_forever

log = logging.getLogger("app.worker")


def configure_logging() -> None:
    handler = logging_loki.LokiQueueHandler(
        Queue(-1),
        url=settings.loki_url,
        tags={"service": "inventory", "stream": "worker"},
        version="1",
    )
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


async def main() -> None:
    log.info("worker started")
    await reindex_forever()


if __name__ == "__main__":
    configure_logging()
    asyncio.run(main())
