import asyncio
import logging

import aiohttp

log = logging.getLogger(__name__)
spans = logging.getLogger("trace.fetcher")

FEEDS = {
    "acme": "https://feeds.acme.example/products.json",
    "globex": "https://api.globex.example/v2/catalogue",
}


async def fetch_feed(session: aiohttp.ClientSession, partner: str, url: str) -> list[dict]:
    spans.info("fetch start partner=%s", partner)
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=30)) as resp:
        if resp.status != 200:
            log.warning("feed %s answered %s", partner, resp.status)
            return []
        items = await resp.json()
    log.info("feed %s: %d items", partner, len(items))
    return items


async def fetch_all(session: aiohttp.ClientSession) -> dict[str, list[dict]]:
    results = await asyncio.gather(
        *(fetch_feed(session, p, u) for p, u in FEEDS.items()), return_exceptions=True
    )
    out: dict[str, list[dict]] = {}
    for partner, result in zip(FEEDS, results):
        if isinstance(result, BaseException):
            log.error("feed %s failed: %r", partner, result)
            continue
        out[partner] = result
    return out
