import logging
import os

import asyncpg

log = logging.getLogger(__name__)
_pool: asyncpg.Pool | None = None


def pool() -> asyncpg.Pool:
    if _pool is None:
        raise RuntimeError("database not connected")
    return _pool


async def connect() -> None:
    global _pool
    _pool = await asyncpg.create_pool(os.environ.get("DATABASE_URL"), min_size=2, max_size=10)
    log.info("connected to database")


async def disconnect() -> None:
    if _pool is not None:
        await _pool.close()
        log.info("database pool closed")
