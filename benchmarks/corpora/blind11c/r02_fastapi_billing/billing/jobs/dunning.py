"""Nightly dunning run: ``python -m billing.jobs.dunning`` (a Kubernetes CronJob)."""

from __future__ import annotations

import asyncio
import logging
import os
import queue

from logging_loki import LokiQueueHandler

from billing import db, ledger

log = logging.getLogger(__name__)


def configure_logging() -> None:
    handler = LokiQueueHandler(
        queue.Queue(-1),
        url=os.environ.get("LOKI_URL", "http://loki:3100/loki/api/v1/push"),
        tags={"service": "billing-dunning"},
        version="1",
    )
    logging.basicConfig(level=logging.INFO, handlers=[handler])


async def remind(invoice) -> None:
    await asyncio.sleep(0)  # the mail API client goes here
    log.info("reminder sent for invoice %s (%s)", invoice["id"],
             ledger.format_amount(invoice["total"], invoice["currency"]))


async def main() -> None:
    await db.connect()
    try:
        overdue = await db.fetch_overdue(days=14)
        log.info("%d overdue invoices", len(overdue))
        await asyncio.gather(*(remind(inv) for inv in overdue))
    finally:
        await db.disconnect()


if __name__ == "__main__":
    configure_logging()
    asyncio.run(main())
