import logging
import os

import asyncpg

log = logging.getLogger(__name__)

DSN = os.environ.get("DATABASE_URL", "postgresql://notes@db/notes")
_pool: asyncpg.Pool | None = None


async def connect() -> None:
    global _pool
    _pool = await asyncpg.create_pool(DSN, min_size=1, max_size=10)
    log.info("connected to %s", DSN.rsplit("@", 1)[-1])


async def disconnect() -> None:
    if _pool is not None:
        await _pool.close()


async def fetch_notes(owner: str) -> list[dict]:
    rows = await _pool.fetch("SELECT id, title, body FROM notes WHERE owner = $1 ORDER BY id", owner)
    return [dict(r) for r in rows]


async def insert_note(owner: str, title: str, body: str) -> int:
    note_id = await _pool.fetchval(
        "INSERT INTO notes (owner, title, body) VALUES ($1, $2, $3) RETURNING id", owner, title, body
    )
    log.info("note %s created for %s", note_id, owner)
    return note_id
