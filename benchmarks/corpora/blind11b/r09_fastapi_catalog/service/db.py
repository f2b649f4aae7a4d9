import logging
import os

import asyncpg

log = logging.getLogger(__name__)
_pool: asyncpg.Pool | None = None


async def connect() -> asyncpg.Pool:
    global _pool
    _pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    log.info("database pool ready")
    return _pool


def pool() -> asyncpg.Pool:
    assert _pool is not None, "connect() first"
    return _pool
