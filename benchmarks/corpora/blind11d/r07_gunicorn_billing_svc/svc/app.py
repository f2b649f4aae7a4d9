import logging
from contextlib import asynccontextmanager
from decimal import Decimal

import httpx
from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

from svc import ledger, tasks

log = logging.getLogger(__name__)


class ChargeIn(BaseModel):
    customer_id: str
    amount: Decimal
    currency: str = "EUR"


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.http = httpx.AsyncClient(timeout=10)
    app.state.rates = await tasks.sync_exchange_rates(app.state.http)
    log.info("billing service ready")
    yield
    await app.state.http.aclose()


app = FastAPI(title="billing", lifespan=lifespan)


@app.post("/charges")
async def create_charge(body: ChargeIn) -> dict:
    if body.currency not in app.state.rates and body.currency != "EUR":
        log.warning("unsupported currency %s", body.currency)
        raise HTTPException(400, "unsupported currency")
    charge_id = await ledger.charge(body.customer_id, body.amount, body.currency)
    return {"id": charge_id}


@app.post("/webhooks/psp")
async def psp_webhook(request: Request, x_signature: str = Header(...)) -> dict:
    event = await request.json()
    log.info("psp event %s (%s)", event.get("id"), event.get("type"))
    if event.get("type") == "charge.refunded":
        await ledger.refund(event["data"]["charge"], Decimal(event["data"]["amount"]) / 100)
    return {"received": True}


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True}
