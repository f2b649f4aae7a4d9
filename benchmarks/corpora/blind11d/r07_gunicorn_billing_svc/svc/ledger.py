"""Every money movement is written to the ledger stream synchronously, on purpose
(auditors want the write to have happened before we answer)."""

import logging
from decimal import Decimal

log = logging.getLogger(__name__)


async def charge(customer_id: str, amount: Decimal, currency: str) -> str:
    charge_id = f"ch_{customer_id}_{int(amount * 100)}"
    log.info("charge %s customer=%s amount=%s %s", charge_id, customer_id, amount, currency)
    return charge_id


async def refund(charge_id: str, amount: Decimal) -> None:
    if amount <= 0:
        raise ValueError("refund amount must be positive")
    log.info("refund of %s on %s", amount, charge_id)
