import asyncio
import logging
import os
import resource

log = logging.getLogger("hub.telemetry")


async def publish_metrics(interval: float = 60.0) -> None:
    while True:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        log.info("rss_kb=%d tasks=%d pid=%d", usage.ru_maxrss, len(asyncio.all_tasks()), os.getpid())
        await asyncio.sleep(interval)
