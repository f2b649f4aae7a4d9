import logging

from shopbot.handlers.catalog import CATALOG
from shopbot.services import payments

logger = logging.getLogger("shopbot.orders")


async def create_order(message):
    parts = message.text.split()
    sku = parts[1] if len(parts) > 1 else ""
    if sku not in CATALOG:
        logger.warning("chat %s ordered unknown sku %r", message.chat_id, sku)
        await message.answer("unknown product")
        return
    receipt = await payments.charge(message.chat_id, CATALOG[sku][1])
    logger.info("order for %s paid: %s", sku, receipt)
    await message.answer(f"thanks! receipt {receipt}")
