from __future__ import annotations

import asyncio
import logging
from logging.handlers import DatagramHandler

stats_log = logging.getLogger("crawlq.stats")
COUNTERS = {"fetched": 0, "stored": 0, "failed": 0}


def enable_stats(host: str, port: int) -> None:
    stats_log.propagate = False
    stats_log.setLevel(logging.INFO)
    stats_log.addHandler(DatagramHandler(host, port))


async def report_stats(every: float = 10.0) -> None:
    while True:
        await asyncio.sleep(every)
        stats_log.info("counters %s", COUNTERS)
