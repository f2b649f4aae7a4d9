import asyncio
import json

from crawler._compat import logging


class Store:
    def __init__(self, path="items.json"):
        self.path = path
        self.items = []
        self.log = logging.getLogger("crawler.store")

    async def save(self, source: str, item) -> None:
        await asyncio.sleep(0)
        self.items.append({"source": source, "item": item})
        self.log.info("saved %s item #%d", source, len(self.items))

    def dump(self):
        with open(self.path, "w") as fh:
            json.dump(self.items, fh)
