"""Crawl a site:  python3 crawl.py [start-url] [max-pages]"""
import asyncio
import logging
import sys

from scraper import store
from scraper.fetch import fetch_page
from scraper.parse import extract_links

log = logging.getLogger("crawler")


async def worker(name, queue, seen, limit):
    while True:
        url = await queue.get()
        try:
            html = await fetch_page(url)
            await store.save(url, html)
            for link in extract_links(url, html):
                if link not in seen and len(seen) < limit:
                    seen.add(link)
                    queue.put_nowait(link)
        except LookupError:
            log.exception("%s could not fetch %s", name, url)
        finally:
            queue.task_done()


async def crawl(start, limit, concurrency=3):
    queue = asyncio.Queue()
    seen = {start}
    queue.put_nowait(start)
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, limit)) for i in range(concurrency)]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    pages = await store.count_pages()
    logging.warning("crawl finished: %d pages fetched, %d urls seen", pages, len(seen))


def main(argv):
    start = argv[1] if len(argv) > 1 else "https://example.org/"
    limit = int(argv[2]) if len(argv) > 2 else 20
    logging.info("starting crawl of %s (limit %d)", start, limit)
    asyncio.run(crawl(start, limit))
    store.flush()


if __name__ == "__main__":
    main(sys.argv)
