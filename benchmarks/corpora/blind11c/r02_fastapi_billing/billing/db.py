"""asyncpg pool and the few queries the API needs."""

from __future__ import annotations

import os
from decimal import Decimal

import asyncpg

_pool: asyncpg.Pool | None = None


async def connect() -> None:
    global _pool
    _pool = await asyncpg.create_pool(os.environ["BILLING_DSN"], min_size=2, max_size=10)


async def disconnect() -> None:
    if _pool is not None:
        await _pool.close()


async def insert_invoice(customer_id: str, total: Decimal, currency: str) -> asyncpg.Record:
    return await _pool.fetchrow(
        "INSERT INTO invoices (customer_id, total, currency) VALUES ($1, $2, $3) RETURNING *",
        customer_id, total, currency,
    )


async def fetch_invoice(invoice_id: str) -> asyncpg.Record | None:
    return await _pool.fetchrow("SELECT * FROM invoices WHERE id = $1", invoice_id)


async def set_status(invoice_id: str, status: str) -> None:
    await _pool.execute("UPDATE invoices SET status = $2 WHERE id = $1", invoice_id, status)


async def insert_ledger_entry(account: str, amount: Decimal, ref: str) -> int:
    return await _pool.fetchval(
        "INSERT INTO ledger (account, amount, ref) VALUES ($1, $2, $3) RETURNING id", account, amount, ref,
    )


async def fetch_overdue(days: int) -> list[asyncpg.Record]:
    return await _pool.fetch(
        "SELECT * FROM invoices WHERE status = 'open' AND created < now() - make_interval(days => $1)", days,
    )
