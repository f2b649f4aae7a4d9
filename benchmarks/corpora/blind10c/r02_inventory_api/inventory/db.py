"""In-process item store with an async API."""
import asyncio
import logging


class LoggingMixin:
    @property
    def logger(self):
        return logging.getLogger(f"inventory.db.{type(self).__name__}")


class ItemRepository(LoggingMixin):
    def __init__(self):
        self._rows = {}

    async def fetch_all(self):
        await asyncio.sleep(0)
        self.logger.info("fetch_all -> %d rows", len(self._rows))
        return list(self._rows.values())

    async def get(self, sku):
        await asyncio.sleep(0)
        return self._rows.get(sku)

    async def insert(self, row):
        self.logger.info("insert %s (qty %s)", row.get("sku"), row.get("qty"))
        await asyncio.sleep(0)
        self._rows[row["sku"]] = row

    def count(self):
        self.logger.debug("count requested")
        return len(self._rows)
