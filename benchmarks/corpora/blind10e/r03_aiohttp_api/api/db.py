import asyncio
import logging

LOG = logging.getLogger("api.db")


class Pool:
    def __init__(self, dsn: str):
        self.dsn = dsn
        self.items = {}

    async def connect(self):
        await asyncio.sleep(0)
        LOG.info("connected to %s", self.dsn)
        return self

    async def close(self):
        await asyncio.sleep(0)

    def insert(self, name):
        item_id = len(self.items) + 1
        self.items[item_id] = {"id": item_id, "name": name}
        return self.items[item_id]
