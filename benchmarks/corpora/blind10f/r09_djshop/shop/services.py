import logging

import httpx
from django.conf import settings
from django.db.models import F

from shop.models import Product

logger = logging.getLogger(__name__)


async def reserve_stock(slug: str, quantity: int) -> bool:
    updated = await Product.objects.filter(slug=slug, stock__gte=quantity).aupdate(stock=F("stock") - quantity)
    if not updated:
        logger.warning("not enough stock for %s (wanted %d)", slug, quantity)
    return bool(updated)


async def charge(amount_cents: int, token: str) -> str:
    async with httpx.AsyncClient(base_url=settings.PAYMENT_API, timeout=15) as client:
        response = await client.post("/charges", json={"amount": amount_cents, "source": token})
    response.raise_for_status()
    return response.json()["id"]
