import logging

import httpx
from django.conf import settings

from orders.models import Order

logger = logging.getLogger(__name__)


async def notify_warehouse(order: Order) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(settings.WAREHOUSE_URL, json={"order": order.pk})
    if resp.status_code >= 400:
        logger.error("warehouse refused order %s: %s", order.pk, resp.text[:200])
    else:
        logger.info("warehouse notified about order %s", order.pk)
