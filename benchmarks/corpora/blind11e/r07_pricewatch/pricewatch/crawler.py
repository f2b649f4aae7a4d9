from __future__ import annotations

import asyncio
import logging

import aiosqlite
import httpx
from selectolax.parser import HTMLParser

from pricewatch.fetcher import fetch_page
from pricewatch.store import emit_items, save_prices

logger = logging.getLogger(__name__)
progress = logging.getLogger("pricewatch.progress")


def parse_prices(html: str, selector: str) -> list[float]:
    tree = HTMLParser(html)
    out = []
    for node in tree.css(selector):
        try:
            out.append(float(node.text(strip=True).replace("€", "").replace(",", ".")))
        except ValueError:
            continue
    return out


async def crawl_shop(client: httpx.AsyncClient, db: aiosqlite.Connection, shop: dict) -> int:
    html = await fetch_page(client, shop["start"])
    if html is None:
        logger.error("%s: start page unavailable", shop["name"])
        return 0
    prices = [(shop["start"], p) for p in parse_prices(html, shop["selector"])]
    await save_prices(db, shop["name"], prices)
    await emit_items(shop["name"], prices)
    return len(prices)


async def report_progress(done: int, total: int) -> None:
    progress.info("%d/%d shops crawled", done, total)


async def crawl_all(shops: list[dict], db_path: str) -> None:
    async with httpx.AsyncClient(timeout=15) as client, aiosqlite.connect(db_path) as db:
        done = 0
        for coro in asyncio.as_completed([crawl_shop(client, db, s) for s in shops]):
            count = await coro
            done += 1
            await report_progress(done, len(shops))
        logger.info("crawl finished: %d shops, last batch %d prices", done, count)
