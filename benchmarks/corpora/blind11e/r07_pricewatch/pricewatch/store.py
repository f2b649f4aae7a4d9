from __future__ import annotations

import logging
from datetime import datetime, timezone

import aiosqlite

logger = logging.getLogger(__name__)
items_log = logging.getLogger("pricewatch.items")


async def save_prices(db: aiosqlite.Connection, shop: str, prices: list[tuple[str, float]]) -> None:
    now = datetime.now(timezone.utc).isoformat()
    await db.executemany(
        "INSERT INTO prices (shop, url, price, seen_at) VALUES (?, ?, ?, ?)",
        [(shop, url, price, now) for url, price in prices],
    )
    await db.commit()
    logger.info("%s: stored %d prices", shop, len(prices))


async def emit_items(shop: str, prices: list[tuple[str, float]]) -> None:
    for url, price in prices:
        items_log.info("price", extra={"shop": shop, "url": url, "price": price})
