from __future__ import annotations

import logging
from decimal import Decimal

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response
from pydantic import BaseModel

from billing import db, ledger

router = APIRouter(prefix="/invoices", tags=["invoices"])
log = logging.getLogger(__name__)


class InvoiceIn(BaseModel):
    customer_id: str
    total: Decimal
    currency: str = "EUR"


@router.post("", status_code=201)
async def create_invoice(body: InvoiceIn) -> dict:
    invoice = await db.insert_invoice(body.customer_id, body.total, body.currency)
    await ledger.post_entry(body.customer_id, body.total, ref=str(invoice["id"]))
    log.info("invoice %s created for %s (%s)", invoice["id"], body.customer_id,
             ledger.format_amount(body.total, body.currency))
    return dict(invoice)


@router.get("/{invoice_id}")
async def get_invoice(invoice_id: str) -> dict:
    invoice = await db.fetch_invoice(invoice_id)
    if invoice is None:
        log.warning("invoice %s not found", invoice_id)
        raise HTTPException(status_code=404, detail="no such invoice")
    return dict(invoice)


@router.post("/{invoice_id}/void")
async def void_invoice(invoice_id: str, reason: str) -> dict:
    invoice = await db.fetch_invoice(invoice_id)
    if invoice is None or invoice["status"] != "open":
        raise HTTPException(status_code=409, detail="only open invoices can be voided")
    await db.set_status(invoice_id, "void")
    await ledger.reverse_entry(invoice["customer_id"], invoice["total"], ref=invoice_id, reason=reason)
    log.info("invoice %s voided: %s", invoice_id, reason)
    return {"id": invoice_id, "status": "void"}


@router.get("/{invoice_id}/pdf")
def invoice_pdf(invoice_id: str) -> Response:
    # sync endpoint: FastAPI runs it in the thread pool
    log.info("rendering pdf for %s", invoice_id)
    return Response(content=b"%PDF-1.7\n", media_type="application/pdf")
