import asyncio
import logging

logger = logging.getLogger("kv.store")


class Store:
    def __init__(self):
        self._data = {}
        self._lock = asyncio.Lock()

    async def apply(self, verb, key, value):
        async with self._lock:
            if verb == "SET":
                self._data[key] = value
                logger.info("set %s", key)
                return "OK"
            if verb == "DEL":
                logger.info("del %s", key)
                return "OK" if self._data.pop(key, None) is not None else "MISSING"
            return self._data.get(key, "MISSING")
