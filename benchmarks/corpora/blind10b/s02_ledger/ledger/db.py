"""A tiny in-memory store with an async interface."""
import asyncio
import logging

logger = logging.getLogger("ledger.db")
TABLES = ("entries", "accounts")
_ENTRIES = [{"id": 1, "amount": 12.5, "memo": "coffee"}]


async def fetch_entries(limit: int = 50) -> list:
    await asyncio.sleep(0)
    logger.info("fetch_entries limit=%d", limit)
    return _ENTRIES[:limit]


async def insert_entry(entry: dict) -> dict:
    await asyncio.sleep(0)
    if "amount" not in entry:
        raise ValueError("amount is required")
    entry = {"id": len(_ENTRIES) + 1, **entry}
    _ENTRIES.append(entry)
    logger.info("inserted entry %d", entry["id"])
    return entry
