from __future__ import annotations

import argparse
import asyncio
import logging
import os

import asyncpg

from .fetch import fetch_all
from .log import setup_logging
from .schedule import tick
from .store import save_items

logger = logging.getLogger("feedpipe")


async def run(feeds: list[str], interval: float) -> None:
    pool = await asyncpg.create_pool(os.environ.get("DATABASE_URL", "postgresql://localhost/feedpipe"))
    logger.info("watching %d feeds every %.0fs", len(feeds), interval)

    async def job() -> None:
        results = await fetch_all(feeds)
        for url, entries in results.items():
            await save_items(pool, url, entries)

    try:
        await tick(interval, job)
    finally:
        await pool.close()


def cli() -> None:
    parser = argparse.ArgumentParser(prog="feedpipe")
    parser.add_argument("feeds_file")
    parser.add_argument("--interval", type=float, default=300.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)
    with open(args.feeds_file, encoding="utf-8") as fh:
        feeds = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    asyncio.run(run(feeds, args.interval))


if __name__ == "__main__":
    cli()
