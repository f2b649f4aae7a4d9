from __future__ import annotations

import logging
import os
from decimal import Decimal

import stripe
from fastapi import APIRouter, HTTPException, Request

from billing import db, ledger

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
log = logging.getLogger(__name__)

ENDPOINT_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")


@router.post("/stripe")
async def stripe_webhook(request: Request) -> dict:
    payload = await request.body()
    signature = request.headers.get("stripe-signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, signature, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected stripe webhook from %s", request.client.host if request.client else "?")
        raise HTTPException(status_code=400, detail="bad signature")
    await _apply_event(event)
    return {"received": True}


async def _apply_event(event: dict) -> None:
    obj = event["data"]["object"]
    if event["type"] == "invoice.paid":
        invoice_id = obj["metadata"]["invoice_id"]
        await db.set_status(invoice_id, "paid")
        await ledger.post_entry("1000-cash", Decimal(obj["amount_paid"]) / 100, ref=invoice_id)
    else:
        log.info("ignoring stripe event %s (%s)", event["type"], event["id"])
