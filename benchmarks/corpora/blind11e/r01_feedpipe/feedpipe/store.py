from __future__ import annotations

import logging

import asyncpg

from .audit import record_ingest

logger = logging.getLogger(__name__)


def _row(entry: dict) -> tuple[str, str, str]:
    if "id" not in entry:
        logger.info("entry without id, using link: %s", entry.get("link"))
    return (entry.get("id") or entry["link"], entry.get("title", ""), entry.get("link", ""))


async def save_items(pool: asyncpg.Pool, feed_url: str, entries: list[dict]) -> int:
    if not entries:
        return 0

    def dedupe(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        seen: set[str] = set()
        out = []
        for row in rows:
            if row[0] in seen:
                logger.info("duplicate entry %s", row[0])
                continue
            seen.add(row[0])
            out.append(row)
        return out

    rows = dedupe([_row(e) for e in entries])
    async with pool.acquire() as conn:
        await conn.executemany(
            "INSERT INTO entries (guid, title, link) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            rows,
        )
    logger.info("stored %d rows for %s", len(rows), feed_url)
    await record_ingest(feed_url, len(rows))
    return len(rows)
