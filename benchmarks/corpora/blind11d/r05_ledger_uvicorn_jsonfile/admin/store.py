import logging

import asyncpg

log = logging.getLogger("uvicorn.error")
_pool: asyncpg.Pool | None = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(min_size=1, max_size=2)
        log.info("admin pool created")
    return _pool


async def close_period(period: str) -> int:
    async with (await pool()).acquire() as conn:
        return await conn.fetchval("SELECT close_period($1)", period)


async def reopen_period(period: str) -> None:
    async with (await pool()).acquire() as conn:
        await conn.execute("SELECT reopen_period($1)", period)
