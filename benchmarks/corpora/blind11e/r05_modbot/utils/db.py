from __future__ import annotations

import logging

import aiosqlite

log = logging.getLogger(__name__)
DB_PATH = "modbot.sqlite3"


async def fetch_config(guild_id: int) -> dict:
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute("SELECT * FROM guild_config WHERE guild_id = ?", (guild_id,)) as cur:
            row = await cur.fetchone()
    if row is None:
        log.info("no config for guild %s, using defaults", guild_id)
        return {"welcome_channel": None, "max_warnings": 3}
    return dict(row)


async def add_warning(guild_id: int, user_id: int, reason: str) -> int:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("INSERT INTO warnings (guild_id, user_id, reason) VALUES (?, ?, ?)",
                         (guild_id, user_id, reason))
        await db.commit()
        async with db.execute("SELECT count(*) FROM warnings WHERE guild_id = ? AND user_id = ?",
                              (guild_id, user_id)) as cur:
            (count,) = await cur.fetchone()
    return count
