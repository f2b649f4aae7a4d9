"""One-off: backfill the plays table from the old bot's JSON export.

    python scripts/backfill_plays.py export.json
"""
from __future__ import annotations

import asyncio
import json
import logging
import sys

import aiosqlite

from tunebot.log import get_logger

log = get_logger("backfill")


async def insert_batch(conn: aiosqlite.Connection, rows: list[dict]) -> None:
    await conn.executemany(
        "INSERT INTO plays (guild_id, track, played_at) VALUES (:guild, :track, :at)", rows
    )
    log.info("inserted a batch of %d rows", len(rows))


async def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    async with aiosqlite.connect("tunebot.db") as conn:
        for start in range(0, len(data), 500):
            await insert_batch(conn, data[start : start + 500])
        await conn.commit()
    log.info("backfill complete: %d plays", len(data))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    asyncio.run(main(sys.argv[1]))
