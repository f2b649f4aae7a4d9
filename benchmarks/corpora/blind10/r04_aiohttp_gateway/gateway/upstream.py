"""Clients for the pricing backends."""
import asyncio
import logging

logger = logging.getLogger(__name__)

_PRICES = {"sku-1": 9.99, "sku-2": 24.5}


class PricingClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.calls = 0

    async def price(self, sku):
        self.calls += 1
        await asyncio.sleep(0)
        logger.debug("GET %s/prices/%s", self.base_url, sku)
        return _PRICES.get(sku)

    async def close(self):
        logger.info("closing pricing client after %d calls", self.calls)


async def create_client(app):
    app["pricing"] = PricingClient(app.get("pricing_url", "http://pricing.internal"))
    logger.info("pricing client ready")


async def close_client(app):
    await app["pricing"].close()
