import logging
import os

from fastapi import FastAPI

from app.routers import health, items

app = FastAPI(title="items")
app.include_router(items.router)
app.include_router(health.router)


@app.on_event("startup")
async def startup():
    logging.warning("items-api starting (env=%s)", os.environ.get("APP_ENV", "dev"))


@app.on_event("shutdown")
async def shutdown():
    logging.warning("items-api stopped")
