from __future__ import annotations

import asyncio
import logging
import os
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from orders import db
from orders.log_config import setup_logging
from orders.outbox import relay_outbox
from orders.routes.orders import router

server_log = logging.getLogger("uvicorn.error")


@asynccontextmanager
async def lifespan(app: FastAPI):
    await db.init_pool()
    stop = asyncio.Event()
    relay = asyncio.create_task(relay_outbox(stop))
    server_log.info("orders service ready")
    yield
    stop.set()
    await relay


app = FastAPI(lifespan=lifespan)
app.include_router(router)


if __name__ == "__main__":
    setup_logging(json_logs=os.environ.get("JSON_LOGS") == "1")
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), log_config=None)
