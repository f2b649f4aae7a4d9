"""Tiny TTL cache for GET responses."""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)

_store: dict[str, tuple[float, int, bytes, dict]] = {}
MAX_ENTRIES = 10_000


def get(key: str):
    hit = _store.get(key)
    if hit is None or hit[0] < time.monotonic():
        return None
    return hit[1:]


async def put(key: str, status: int, body: bytes, headers: dict, ttl: float) -> None:
    if len(_store) >= MAX_ENTRIES:
        oldest = min(_store, key=lambda k: _store[k][0])
        del _store[oldest]
        log.info("evicted %s", oldest)
    _store[key] = (time.monotonic() + ttl, status, body, headers)
