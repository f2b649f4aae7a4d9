"""Moderation case storage (SQLite through aiosqlite)."""

import logging

import aiosqlite

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    reason TEXT,
    created TIMESTAMP DEFAULT CURRENT_TIMESTAMP
)
"""


class Database:
    def __init__(self, url: str) -> None:
        self.path = url.removeprefix("sqlite:///")
        self.conn: aiosqlite.Connection | None = None

    async def connect(self) -> None:
        self.conn = await aiosqlite.connect(self.path)
        await self.conn.execute(SCHEMA)
        await self.conn.commit()
        log.info("database ready at %s", self.path)

    async def record_case(self, guild_id: int, user_id: int, action: str, reason: str) -> int:
        cur = await self.conn.execute(
            "INSERT INTO cases (guild_id, user_id, action, reason) VALUES (?, ?, ?, ?)",
            (guild_id, user_id, action, reason),
        )
        await self.conn.commit()
        log.info("case #%s: %s %s in guild %s", cur.lastrowid, action, user_id, guild_id)
        return cur.lastrowid

    async def fetch_case(self, case_id: int):
        async with self.conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)) as cur:
            return await cur.fetchone()

    async def close(self) -> None:
        if self.conn is not None:
            await self.conn.close()
