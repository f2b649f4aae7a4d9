"""Harvest jobs run by the worker process."""
import asyncio
import logging

from core import storage

log = logging.getLogger(__name__)
SOURCES = ("https://feeds.example.invalid/a.xml", "https://feeds.example.invalid/b.xml")


def load_plugins() -> list:
    import plugins.rss

    return [plugins.rss]


async def fetch(source: str) -> dict:
    await asyncio.sleep(0)
    log.info("fetching %s", source)
    return {"url": source, "size": len(source)}


async def run_forever(cycles: int = 1) -> None:
    active = load_plugins()
    for plugin in active:
        await plugin.setup({"cycles": cycles})
    for n in range(cycles):
        for source in SOURCES:
            await storage.save(await fetch(source))
        for plugin in active:
            for item in await plugin.collect():
                await storage.save(item)
        log.info("cycle %d done, %d items", n, storage.count())
