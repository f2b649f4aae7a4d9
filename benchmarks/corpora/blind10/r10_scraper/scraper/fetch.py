"""Page fetching (a fake in-memory site stands in for HTTP)."""
import asyncio
import logging

log = logging.getLogger("scraper.fetch")

SITE = {
    "https://example.org/": '<a href="/a">a</a> <a href="/b">b</a> <a href="/missing">x</a>',
    "https://example.org/a": '<a href="/b">b</a>',
    "https://example.org/b": '<a href="/">home</a>',
}


async def fetch_page(url, retries=1):
    for attempt in range(retries + 1):
        await asyncio.sleep(0)
        if url in SITE:
            return SITE[url]
        if attempt < retries:
            log.warning("attempt %d for %s failed, retrying", attempt + 1, url)
    raise LookupError(f"{url}: 404")
