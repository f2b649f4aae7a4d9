from __future__ import annotations

import os

import asyncpg

_pool: asyncpg.Pool | None = None


async def init_pool() -> asyncpg.Pool:
    global _pool
    _pool = await asyncpg.create_pool(os.environ.get("DATABASE_URL", "postgresql://orders@localhost/orders"))
    return _pool


def pool() -> asyncpg.Pool:
    assert _pool is not None
    return _pool
