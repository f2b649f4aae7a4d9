from contextlib import asynccontextmanager

from fastapi import FastAPI
from loguru import logger

from app.api import jobs
from app.services.mailer import send_welcome


@asynccontextmanager
async def lifespan(app: FastAPI):
    logger.info("jobboard starting")
    yield
    logger.info("jobboard stopped")


app = FastAPI(title="jobboard", lifespan=lifespan)
app.include_router(jobs.router)


@app.post("/signup")
async def signup(email: str) -> dict:
    await send_welcome(email)
    return {"ok": True}
