"""Periodic worker tasks."""
import asyncio
import logging

from acme.common import db
from acme.common.log import get_logger

log = get_logger("worker.tasks")
alerts = logging.getLogger("acme.alerts")


async def sync_orders():
    rows = await db.fetch_rows("orders", status="paid")
    log.info("synced %d paid orders to the ledger", len(rows))
    return len(rows)


async def send_digest():
    rows = await db.fetch_rows("orders", status="new")
    await db.save_row("digests", {"id": len(rows), "ts": 0})
    log.info("digest with %d open orders sent", len(rows))


async def run_forever(cycles=None, interval=0.01):
    cycle = 0
    while cycles is None or cycle < cycles:
        log.info("cycle %d", cycle)
        try:
            await sync_orders()
            await send_digest()
        except Exception:
            alerts.exception("worker cycle %d failed", cycle)
        cycle += 1
        await asyncio.sleep(interval)
