"""Data access shared by the API and the worker."""
import asyncio
import time

from .log import get_logger

log = get_logger("db")

_TABLES = {"orders": [{"id": 1, "status": "new", "ts": time.time() - 90000}, {"id": 2, "status": "paid", "ts": time.time()}]}


async def fetch_rows(table, **filters):
    await asyncio.sleep(0)
    rows = [row for row in _TABLES.get(table, []) if all(row.get(k) == v for k, v in filters.items())]
    log.info("fetched %d rows from %s", len(rows), table)
    return rows


async def save_row(table, row):
    await asyncio.sleep(0)
    _TABLES.setdefault(table, []).append(row)
    log.info("inserted into %s: %s", table, row.get("id"))


def purge_expired_sync(table, max_age):
    cutoff = time.time() - max_age
    before = len(_TABLES.get(table, []))
    _TABLES[table] = [row for row in _TABLES.get(table, []) if row["ts"] >= cutoff]
    removed = before - len(_TABLES[table])
    log.info("purged %d rows from %s", removed, table)
    return removed
