"""aiocache-lite 0.3 (vendored): a tiny async TTL cache."""
import asyncio
import logging
import time

logger = logging.getLogger("aiocache_lite")


class Cache:
    def __init__(self, ttl=60):
        self.ttl = ttl
        self._data = {}

    async def get(self, key, default=None):
        await asyncio.sleep(0)
        value, expires = self._data.get(key, (default, 0))
        if expires and expires < time.monotonic():
            logger.info("key %s expired", key)
            del self._data[key]
            return default
        return value

    async def set(self, key, value, ttl=None):
        await asyncio.sleep(0)
        self._data[key] = (value, time.monotonic() + (ttl or self.ttl))
        logger.info("cached %s for %ss", key, ttl or self.ttl)
