from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from inventory import db
from inventory.routes import items, reservations

server_log = logging.getLogger("uvicorn.error")


@asynccontextmanager
async def lifespan(app: FastAPI):
    await db.connect()
    server_log.info("inventory api started, %d routes", len(app.routes))
    yield
    await db.disconnect()


app = FastAPI(title="Inventory", lifespan=lifespan)
app.include_router(items.router)
app.include_router(reservations.router)
