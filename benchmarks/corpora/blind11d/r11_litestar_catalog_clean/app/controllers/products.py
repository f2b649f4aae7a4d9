import logging

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from msgspec import Struct

from app.db import pool

log = logging.getLogger(__name__)
audit = logging.getLogger("app.audit")


class ProductIn(Struct):
    sku: str
    title: str
    price_cents: int


class ProductController(Controller):
    path = "/products"

    @get("/{sku:str}")
    async def get_product(self, sku: str) -> dict:
        row = await pool().fetchrow("SELECT sku, title, price_cents FROM products WHERE sku = $1", sku)
        if row is None:
            log.info("product %s not found", sku)
            raise NotFoundException()
        return dict(row)

    @post("/")
    async def create_product(self, data: ProductIn) -> dict:
        await pool().execute(
            "INSERT INTO products (sku, title, price_cents) VALUES ($1, $2, $3)",
            data.sku, data.title, data.price_cents,
        )
        audit.info("product %s created", data.sku)
        log.info("created product %s (%s)", data.sku, data.title)
        return {"sku": data.sku}

    @get("/")
    async def list_products(self, limit: int = 50) -> list[dict]:
        rows = await pool().fetch("SELECT sku, title, price_cents FROM products LIMIT $1", limit)
        log.info("listed %d products", len(rows))
        return [dict(r) for r in rows]
