from __future__ import annotations

import logging
import os

import asyncpg

logger = logging.getLogger(__name__)
_pool: asyncpg.Pool | None = None


async def connect() -> asyncpg.Pool:
    global _pool
    dsn = os.environ.get("DATABASE_URL", "postgresql://inventory@localhost/inventory")
    _pool = await asyncpg.create_pool(dsn, min_size=2, max_size=10)
    logger.info("database pool ready (%s)", dsn.rsplit("@", 1)[-1])
    return _pool


async def disconnect() -> None:
    if _pool is not None:
        await _pool.close()


def pool() -> asyncpg.Pool:
    assert _pool is not None, "connect() first"
    return _pool
