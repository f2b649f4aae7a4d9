"""Completion notices (stand-in for a chat-ops client library)."""
import asyncio
import logging

log = logging.getLogger("notify")


async def notify_done(batch: int) -> None:
    await asyncio.sleep(0)
    log.info("batch %d announced", batch)
