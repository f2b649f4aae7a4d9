"""Re-price products from the supplier feed: `python -m service.backfill 2024-06-01 2024-06-30`."""

import asyncio
import datetime as dt
import json
import logging
import logging.config
import os
import string
import sys
from pathlib import Path

import aiohttp

from service import db

log = logging.getLogger("service.backfill")
FEED = os.environ.get("SUPPLIER_FEED", "https://feed.example.com/prices")


def configure_logging() -> None:
    raw = Path("config/backfill_logging.json").read_text(encoding="utf-8")
    config = json.loads(string.Template(raw).safe_substitute(os.environ))
    logging.config.dictConfig(config)


async def backfill_day(session: aiohttp.ClientSession, day: dt.date) -> int:
    async with session.get(FEED, params={"date": day.isoformat()}) as resp:
        prices = await resp.json()
    pool = db.pool()
    await pool.executemany(
        "UPDATE products SET price_cents = $2 WHERE id = $1", [(p["id"], p["cents"]) for p in prices]
    )
    log.info("%s: %d prices updated", day, len(prices))
    return len(prices)


async def main(start: dt.date, end: dt.date) -> None:
    await db.connect()
    total = 0
    async with aiohttp.ClientSession() as session:
        day = start
        while day <= end:
            total += await backfill_day(session, day)
            day += dt.timedelta(days=1)
    log.info("backfill done: %d prices", total)


if __name__ == "__main__":
    configure_logging()
    asyncio.run(main(dt.date.fromisoformat(sys.argv[1]), dt.date.fromisoformat(sys.argv[2])))
