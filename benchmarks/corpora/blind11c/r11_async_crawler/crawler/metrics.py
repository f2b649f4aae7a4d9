from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)


async def report_loop(frontier, interval: float = 30.0) -> None:
    while True:
        await asyncio.sleep(interval)
        pending = sum(len(q) for q in frontier.queues.values())
        log.info("crawl progress", extra={"seen": len(frontier.seen), "pending": pending,
                                           "hosts": len(frontier.queues)})
