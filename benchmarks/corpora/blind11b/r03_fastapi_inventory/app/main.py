import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.db import init_models
from app.routers import health, items

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    await init_models()
    log.info("inventory service ready")
    yield
    log.info("inventory service stopping")


app = FastAPI(title="Inventory", lifespan=lifespan)
app.include_router(items.router)
app.include_router(health.router)
