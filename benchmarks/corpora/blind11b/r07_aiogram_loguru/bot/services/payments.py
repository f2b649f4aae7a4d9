"""Payment provider client (older module, still on stdlib logging)."""

import logging
import os
from dataclasses import dataclass

import aiohttp

log = logging.getLogger(__name__)

API = os.environ.get("PAY_API", "https://pay.example.com/api/v1")


@dataclass
class Invoice:
    id: str
    url: str


async def create_invoice(user_id: int, amount: int) -> Invoice:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{API}/invoices", json={"customer": user_id, "amount": amount}) as resp:
            resp.raise_for_status()
            data = await resp.json()
    log.info("invoice %s created for user %s", data["id"], user_id)
    return Invoice(id=data["id"], url=data["pay_url"])


async def check_payment(user_id: int) -> bool:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{API}/customers/{user_id}/invoices", params={"status": "paid"}) as resp:
            data = await resp.json()
    paid = bool(data.get("items"))
    log.info("payment check for %s: %s", user_id, "paid" if paid else "unpaid")
    return paid
