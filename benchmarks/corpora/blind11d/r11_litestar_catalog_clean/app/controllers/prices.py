import logging

from litestar import Controller, put

from app.db import pool

log = logging.getLogger(__name__)
audit = logging.getLogger("app.audit")


class PriceController(Controller):
    path = "/prices"

    @put("/{sku:str}")
    async def set_price(self, sku: str, price_cents: int) -> dict:
        old = await pool().fetchval("SELECT price_cents FROM products WHERE sku = $1", sku)
        await pool().execute("UPDATE products SET price_cents = $2 WHERE sku = $1", sku, price_cents)
        audit.info("price of %s changed %s -> %s", sku, old, price_cents)
        if old and price_cents < old // 2:
            log.warning("price of %s more than halved", sku)
        return {"sku": sku, "price_cents": price_cents}
