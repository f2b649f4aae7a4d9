from dataclasses import dataclass

import aiosqlite

from shopbot.config import settings


@dataclass
class Product:
    sku: str
    title: str
    price_cents: int
    stock: int


async def _connect() -> aiosqlite.Connection:
    conn = await aiosqlite.connect(settings.db_path)
    conn.row_factory = aiosqlite.Row
    return conn


async def list_products() -> list[Product]:
    async with await _connect() as conn:
        rows = await conn.execute_fetchall("SELECT sku, title, price_cents, stock FROM products")
    return [Product(**dict(r)) for r in rows]


async def search_products(text: str) -> list[Product]:
    async with await _connect() as conn:
        rows = await conn.execute_fetchall(
            "SELECT sku, title, price_cents, stock FROM products WHERE title LIKE ?", (f"%{text}%",)
        )
    return [Product(**dict(r)) for r in rows]


async def add_to_cart(user_id: int, sku: str) -> int:
    async with await _connect() as conn:
        await conn.execute("INSERT INTO cart (user_id, sku) VALUES (?, ?)", (user_id, sku))
        await conn.commit()
        rows = await conn.execute_fetchall("SELECT COUNT(*) FROM cart WHERE user_id = ?", (user_id,))
    return rows[0][0]


async def place_order(user_id: int) -> tuple[int, int]:
    async with await _connect() as conn:
        cur = await conn.execute("INSERT INTO orders (user_id) VALUES (?)", (user_id,))
        await conn.execute("DELETE FROM cart WHERE user_id = ?", (user_id,))
        await conn.commit()
        total = await conn.execute_fetchall("SELECT total_cents FROM orders WHERE id = ?", (cur.lastrowid,))
    return cur.lastrowid, total[0][0]


async def sales_since(hours: int) -> tuple[int, int]:
    async with await _connect() as conn:
        rows = await conn.execute_fetchall(
            "SELECT COUNT(*), COALESCE(SUM(total_cents), 0) FROM orders "
            "WHERE created > datetime('now', ?)",
            (f"-{hours} hours",),
        )
    return rows[0][0], rows[0][1]
