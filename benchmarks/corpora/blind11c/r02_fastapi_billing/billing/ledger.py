"""Double-entry ledger writes. Every entry is also logged to the ledger trail."""

from __future__ import annotations

import logging
from decimal import Decimal

from billing import db

log = logging.getLogger(__name__)

RECEIVABLES = "1200-receivables"


def format_amount(amount: Decimal, currency: str) -> str:
    return f"{amount.quantize(Decimal('0.01'))} {currency}"


async def post_entry(account: str, amount: Decimal, ref: str) -> int:
    entry_id = await db.insert_ledger_entry(account, amount, ref)
    await db.insert_ledger_entry(RECEIVABLES, -amount, ref)
    log.info("posted", extra={"entry": entry_id, "account": account, "amount": str(amount), "ref": ref})
    return entry_id


async def reverse_entry(account: str, amount: Decimal, ref: str, reason: str) -> int:
    entry_id = await db.insert_ledger_entry(account, -amount, ref)
    await db.insert_ledger_entry(RECEIVABLES, amount, ref)
    log.info("reversed", extra={"entry": entry_id, "ref": ref, "reason": reason})
    return entry_id
