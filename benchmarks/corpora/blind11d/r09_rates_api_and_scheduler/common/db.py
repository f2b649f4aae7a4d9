import logging
import os

import asyncpg

log = logging.getLogger(__name__)
_pool: asyncpg.Pool | None = None


async def get_pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(os.environ.get("DATABASE_URL"), min_size=1, max_size=5)
        log.info("database pool ready")
    return _pool


async def fetch_rate(base: str, quote: str):
    pool = await get_pool()
    return await pool.fetchrow(
        "SELECT rate, fetched_at FROM rates WHERE base = $1 AND quote = $2", base, quote
    )
