from __future__ import annotations

import asyncio
import logging
import time

logger = logging.getLogger("feedpipe.schedule")


async def tick(interval: float, job) -> None:
    while True:
        started = time.monotonic()
        try:
            await job()
        except Exception:
            logger.exception("scheduled job failed")
        elapsed = time.monotonic() - started
        await asyncio.sleep(max(0.0, interval - elapsed))
