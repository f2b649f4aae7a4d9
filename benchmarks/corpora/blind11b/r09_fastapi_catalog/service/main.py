import logging
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from service import db
from service.logconf import setup_logging
from service.migrations import run_migrations
from service.routes import router

log = logging.getLogger("service")


@asynccontextmanager
async def lifespan(app: FastAPI):
    await db.connect()
    log.info("catalog api started")
    yield


app = FastAPI(title="catalog", lifespan=lifespan)
app.include_router(router)


if __name__ == "__main__":
    setup_logging()
    run_migrations()
    uvicorn.run(app, host="0.0.0.0", port=8000)
