import asyncio
import csv
import logging
import sys


class Database:
    """Pretend async database; the real one used asyncpg."""

    def __init__(self, dsn):
        self.dsn = dsn
        self.log = logging.getLogger("shop.db")
        self.products = {1: ("Tea", 3), 2: ("Mug", 8), 3: ("Teapot", 25)}
        self.orders = []

    async def fetch_products(self):
        await asyncio.sleep(0)
        self.log.info("loaded %d products", len(self.products))
        return self.products

    async def create_order(self, chat_id, product_id):
        await asyncio.sleep(0)
        if product_id not in self.products:
            raise KeyError(product_id)
        self.orders.append((chat_id, product_id))
        self.log.info("order #%d: chat %s bought %s", len(self.orders), chat_id, product_id)
        return len(self.orders)

    def dump_csv(self, stream=sys.stdout):
        writer = csv.writer(stream)
        writer.writerow(["chat", "product"])
        writer.writerows(self.orders)
