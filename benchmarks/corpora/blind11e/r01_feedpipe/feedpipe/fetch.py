from __future__ import annotations

import asyncio
import logging

import aiohttp
import feedparser

logger = logging.getLogger(__name__)

TIMEOUT = aiohttp.ClientTimeout(total=20)


async def fetch_feed(session: aiohttp.ClientSession, url: str) -> list[dict]:
    async with session.get(url, timeout=TIMEOUT) as resp:
        if resp.status != 200:
            logger.warning("feed %s answered %s", url, resp.status)
            return []
        body = await resp.read()
    parsed = feedparser.parse(body)
    logger.info("feed %s: %d entries", url, len(parsed.entries))
    return list(parsed.entries)


async def fetch_all(urls: list[str], concurrency: int = 8) -> dict[str, list[dict]]:
    sem = asyncio.Semaphore(concurrency)
    results: dict[str, list[dict]] = {}

    async def one(session: aiohttp.ClientSession, url: str) -> None:
        async with sem:
            try:
                results[url] = await fetch_feed(session, url)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                results[url] = []
                logger.error("giving up on %s: %s", url, exc)

    async with aiohttp.ClientSession(headers={"User-Agent": "feedpipe/0.4"}) as session:
        await asyncio.gather(*(one(session, u) for u in urls))
    logger.info("fetched %d feeds", len(results))
    return results
