import asyncio
import logging

import aiohttp

from scraper.parse import extract_links, parse_listing
from scraper.store import Store

log = logging.getLogger(__name__)

USER_AGENT = "listing-scraper/0.6 (+https://example.org/bot)"


async def fetch_page(session: aiohttp.ClientSession, url: str) -> str | None:
    try:
        async with session.get(url) as resp:
            if resp.status != 200:
                log.warning("GET %s -> %s", url, resp.status)
                return None
            return await resp.text()
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        log.warning("GET %s failed: %r", url, exc)
        return None


async def crawl(start_url: str, store: Store, concurrency: int = 8, limit: int = 5000) -> int:
    seen: set[str] = {start_url}
    queue: asyncio.Queue[str] = asyncio.Queue()
    queue.put_nowait(start_url)
    saved = 0

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal saved
        while True:
            url = await queue.get()
            try:
                html = await fetch_page(session, url)
                if html is None:
                    continue
                listing = parse_listing(url, html)
                if listing is not None:
                    await store.save(listing)
                    saved += 1
                    log.info("saved %s (%d so far)", listing.title, saved)
                for link in extract_links(url, html):
                    if link not in seen and len(seen) < limit:
                        seen.add(link)
                        queue.put_nowait(link)
            finally:
                queue.task_done()

    log.info("crawling from %s with %d workers", start_url, concurrency)
    timeout = aiohttp.ClientTimeout(total=20)
    async with aiohttp.ClientSession(timeout=timeout, headers={"User-Agent": USER_AGENT}) as session:
        workers = [asyncio.create_task(worker(session)) for _ in range(concurrency)]
        await queue.join()
        for w in workers:
            w.cancel()
    return saved
