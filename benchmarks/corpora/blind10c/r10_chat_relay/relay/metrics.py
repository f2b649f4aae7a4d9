import asyncio
import logging

metrics = logging.getLogger("relay.metrics")
COUNTERS = {"relayed": 0}


async def tick():
    await asyncio.sleep(0)
    metrics.info("relayed=%d", COUNTERS["relayed"])
