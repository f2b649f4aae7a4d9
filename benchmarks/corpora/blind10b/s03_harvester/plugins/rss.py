"""RSS plugin, loaded by the worker at start-up."""
import logging

logger = logging.getLogger("harvester.plugins.rss")


async def setup(ctx: dict) -> None:
    handler = logging.FileHandler("rss-plugin.log", delay=True)
    logger.addHandler(handler)
    logger.info("rss plugin ready (%s)", ctx)


async def collect() -> list:
    logger.info("collecting rss items")
    return [{"url": "https://feeds.example.invalid/rss/1"}]
