"""Persistence shared by the worker and the API."""
import asyncio
import logging

log = logging.getLogger(__name__)
_ITEMS: list = []


async def save(item: dict) -> None:
    await asyncio.sleep(0)
    _ITEMS.append(item)
    log.info("saved %s", item.get("url"))


async def recent(limit: int = 10) -> list:
    await asyncio.sleep(0)
    return _ITEMS[-limit:]


def count() -> int:
    return len(_ITEMS)
