from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from billing import db
from billing.routes import invoices, webhooks

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    await db.connect()
    log.info("database pool ready")
    yield
    await db.disconnect()
    log.info("database pool closed")


app = FastAPI(title="billing", version="2.3.0", lifespan=lifespan)
app.include_router(invoices.router)
app.include_router(webhooks.router)


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}
