from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

import aiohttp
from yarl import URL

from crawlq.crawler import Crawler
from crawlq.logs import audit_logger, setup_queue_logging
from crawlq.stats import enable_stats, report_stats

log = logging.getLogger("crawlq")


async def crawl(seeds: list[str], crawler: Crawler) -> None:
    reporter = asyncio.create_task(report_stats())
    async with aiohttp.ClientSession() as session:
        for seed in seeds:
            url = URL(seed)
            body = await crawler.fetch(session, url)
            if body is not None:
                await crawler.store(url, body)
    reporter.cancel()
    log.info("crawl finished: %d seeds", len(seeds))


def main() -> None:
    parser = argparse.ArgumentParser(prog="crawlq")
    parser.add_argument("seeds", nargs="+")
    parser.add_argument("--out", type=Path, default=Path("pages"))
    parser.add_argument("--stats", default="127.0.0.1:9021")
    args = parser.parse_args()

    listener = setup_queue_logging("crawlq.log")
    audit = audit_logger("audit.log")
    host, _, port = args.stats.partition(":")
    enable_stats(host, int(port))
    args.out.mkdir(exist_ok=True)

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(crawl(args.seeds, Crawler(args.out, audit)))
    finally:
        loop.close()
        listener.stop()


if __name__ == "__main__":
    main()
