import asyncio
import logging

import httpx
from django.conf import settings
from django.core.management.base import BaseCommand

from shop.models import Product

log = logging.getLogger("shop.sync")


class Command(BaseCommand):
    help = "Refresh prices from the supplier API (run hourly from cron)"

    def handle(self, *args, **options):
        asyncio.run(self.sync())

    async def sync(self) -> None:
        async with httpx.AsyncClient(base_url=settings.PAYMENT_API) as client:
            response = await client.get("/supplier/prices")
            prices = response.json()
        changed = 0
        async for product in Product.objects.all():
            new = prices.get(product.slug)
            if new is not None and new != product.price_cents:
                product.price_cents = new
                await product.asave(update_fields=["price_cents"])
                changed += 1
        log.info("updated %d of %d prices", changed, len(prices))
