"""Where prices end up (a list here; Postgres in production)."""
import asyncio
import logging


class PriceStore:
    log = logging.getLogger("scraper.store")

    def __init__(self):
        self.rows = []

    async def save(self, slug, item):
        await asyncio.sleep(0)
        self.rows.append((slug, *item))
        self.log.info("stored %s/%s (%d rows)", slug, item[0], len(self.rows))
