import asyncio
import logging
import time

logger = logging.getLogger(__name__)


class TTLCache:
    def __init__(self, ttl: float = 300.0):
        self.ttl = ttl
        self._data = {}
        self._lock = asyncio.Lock()

    async def get(self, key):
        async with self._lock:
            hit = self._data.get(key)
            if hit and time.monotonic() - hit[0] < self.ttl:
                logger.info("cache hit %s", key)
                return hit[1]
            logger.info("cache miss %s", key)
            return None

    async def put(self, key, value):
        async with self._lock:
            self._data[key] = (time.monotonic(), value)
