"""Fetching pages (canned responses here; aiohttp in production)."""
import asyncio
import logging

errors = logging.getLogger("scraper.errors")

PAGES = {
    "https://acme.example/deals": "kettle=19.99;toaster=24.50",
    "https://acme.example/new": "blender=59.00",
    "https://bolt.example/catalog": "drill=89.90;saw=45.00;level=12.25",
}


async def fetch(url: str, log: logging.Logger) -> str:
    log.info("GET %s", url)
    await asyncio.sleep(0)
    if url not in PAGES:
        errors.warning("giving up on %s", url)
        return ""
    return PAGES[url]
