import logging
import os
from contextlib import asynccontextmanager

import sentry_sdk
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.routers import items, stock

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1)

server_log = logging.getLogger("uvicorn.error")


@asynccontextmanager
async def lifespan(app: FastAPI):
    server_log.info("inventory api starting (pid %d)", os.getpid())
    yield
    server_log.info("inventory api stopping")


app = FastAPI(title="inventory", lifespan=lifespan)
app.include_router(items.router)
app.include_router(stock.router)


@app.exception_handler(ValueError)
async def on_value_error(request: Request, exc: ValueError) -> JSONResponse:
    logging.getLogger("app.errors").error("bad value on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=422, content={"detail": str(exc)})


@app.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}
