"""Round-robin pool of upstream servers."""
import asyncio
import itertools
import logging

from gateway import settings

log = logging.getLogger(__name__)


class Pool:
    def __init__(self, urls):
        self.urls = list(urls)
        self._cycle = itertools.cycle(self.urls)
        self.connected = False

    def pick(self):
        return next(self._cycle)

    async def connect(self):
        await asyncio.sleep(0)
        self.connected = True
        log.info("connected to %d upstreams", len(self.urls))

    async def close(self):
        self.connected = False
        log.info("upstream pool closed")


POOL = Pool(settings.UPSTREAMS)


async def connect_pool(app):
    await POOL.connect()


async def close_pool(app):
    await POOL.close()
