import logging

logger = logging.getLogger("shopbot.catalog")

CATALOG = {"sku-1": ("Mug", 9.99), "sku-2": ("Hoodie", 39.0)}


def format_price(amount):
    return f"{amount:.2f} EUR"


async def show_catalog(message):
    logger.info("chat %s opened the catalog", message.chat_id)
    lines = [f"{sku}: {name} {format_price(price)}" for sku, (name, price) in CATALOG.items()]
    await message.answer("\n".join(lines))
