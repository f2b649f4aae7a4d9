#!/usr/bin/env python3
import asyncio
import os

from crawler.log import LOG, setup
from crawler.store import Store
from spiders import news, weather


async def crawl_all(store: Store) -> None:
    counts = await asyncio.gather(news.crawl(store), weather.crawl(store))
    LOG.info("crawl finished: %d items", sum(counts))


def main() -> None:
    setup(os.environ.get("CRAWL_LOG", "crawl.log"))
    store = Store()
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(crawl_all(store))
    finally:
        loop.close()
    store.dump()
    print(f"{len(store.items)} items")


if __name__ == "__main__":
    main()
