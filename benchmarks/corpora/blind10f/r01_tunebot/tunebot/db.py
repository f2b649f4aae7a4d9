from __future__ import annotations

import aiosqlite

from tunebot.log import get_logger

log = get_logger("db")

SCHEMA = """
CREATE TABLE IF NOT EXISTS plays (
    guild_id INTEGER NOT NULL,
    track TEXT NOT NULL,
    played_at TEXT DEFAULT CURRENT_TIMESTAMP
);
"""


async def connect(path: str) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path)
    await conn.executescript(SCHEMA)
    log.info("database ready at %s", path)
    return conn


async def record_play(conn: aiosqlite.Connection, guild_id: int, track: str) -> None:
    await conn.execute("INSERT INTO plays (guild_id, track) VALUES (?, ?)", (guild_id, track))
    await conn.commit()
