"""Replay a JSON-lines dump of entries into a scratch database.

    python -m feedpipe.replay dump.jsonl
"""
from __future__ import annotations

import asyncio
import json
import logging
import sys

import asyncpg
from rich.console import Console
from rich.logging import RichHandler

log = logging.getLogger("feedpipe.replay")


def _configure() -> None:
    console = Console(file=open("replay.log", "a", encoding="utf-8"), width=120)
    handler = RichHandler(console=console, show_time=True, markup=False)
    log.setLevel(logging.INFO)
    log.addHandler(handler)


async def _replay_one(conn: asyncpg.Connection, line: str) -> None:
    entry = json.loads(line)
    await conn.execute(
        "INSERT INTO entries (guid, title, link) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        entry["guid"], entry.get("title", ""), entry.get("link", ""),
    )
    log.info("replayed %s", entry["guid"])


async def replay(path: str) -> None:
    conn = await asyncpg.connect("postgresql://localhost/feedpipe_scratch")
    log.info("replaying %s", path)
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                await _replay_one(conn, line)
    finally:
        await conn.close()


if __name__ == "__main__":
    _configure()
    asyncio.run(replay(sys.argv[1]))
