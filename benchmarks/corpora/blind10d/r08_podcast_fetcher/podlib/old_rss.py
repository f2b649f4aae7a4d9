"""The 0.x RSS poller, superseded by podlib.feeds (no longer imported)."""
import asyncio
import logging

logging.basicConfig(filename="rss.log", level=logging.DEBUG)


async def poll(url):
    await asyncio.sleep(0)
    logging.info("polled %s", url)
