from __future__ import annotations

import asyncio
import logging
import time

from sensorhub.readers import LAST_READING

logger = logging.getLogger(__name__)


async def watchdog(channels: int, stale_after: float = 120.0) -> None:
    while True:
        await asyncio.sleep(stale_after / 4)
        now = time.monotonic()
        for idx in range(channels):
            if now - LAST_READING.get(idx, now) > stale_after:
                logger.error("channel %d stale for %.0f s", idx, now - LAST_READING[idx])
