import logging
import time

import asyncpg

log = logging.getLogger(__name__)
metrics = logging.getLogger("metrics.store")


def _normalise(partner: str, item: dict) -> tuple:
    return (partner, str(item.get("sku") or item["id"]), item.get("title", ""), item.get("price"))


async def save_batch(pool: asyncpg.Pool, partner: str, items: list[dict]) -> int:
    started = time.perf_counter()
    rows = [_normalise(partner, it) for it in items]
    async with pool.acquire() as conn:
        await conn.executemany(
            "INSERT INTO products (partner, sku, title, price) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (partner, sku) DO UPDATE SET title = EXCLUDED.title, price = EXCLUDED.price",
            rows,
        )
    metrics.info("save_batch partner=%s rows=%d ms=%.1f", partner, len(rows),
                 (time.perf_counter() - started) * 1000)
    log.info("stored %d rows for %s", len(rows), partner)
    return len(rows)


async def vacuum(pool: asyncpg.Pool) -> None:
    async with pool.acquire() as conn:
        await conn.execute("DELETE FROM products WHERE updated_at < now() - interval '30 days'")
    log.info("old products removed")
