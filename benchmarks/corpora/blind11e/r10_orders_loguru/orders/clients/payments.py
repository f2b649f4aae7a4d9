from __future__ import annotations

import logging
import os

import httpx

log = logging.getLogger(__name__)
BASE = os.environ.get("PAYMENTS_URL", "http://payments:8000")


async def charge(order_id: int, amount_cents: int) -> str:
    async with httpx.AsyncClient(base_url=BASE, timeout=10) as client:
        resp = await client.post("/charges", json={"order": order_id, "amount": amount_cents})
    resp.raise_for_status()
    charge_id = resp.json()["id"]
    log.info("charged order %s: %s", order_id, charge_id)
    return charge_id


async def refund(charge_id: str) -> None:
    async with httpx.AsyncClient(base_url=BASE, timeout=10) as client:
        resp = await client.post(f"/charges/{charge_id}/refund")
    if resp.status_code != 200:
        log.error("refund of %s failed: %s", charge_id, resp.text)
        resp.raise_for_status()
