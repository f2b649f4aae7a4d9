from __future__ import annotations

import asyncio
import logging
import os

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from statuspage.checks import STATE, Checker
from statuspage.models import Incident

log = logging.getLogger("statuspage.web")
engine = create_async_engine(os.environ.get("DATABASE_URL", "postgresql+asyncpg://status:status@db/status"))
Session = async_sessionmaker(engine)
TARGETS = {"website": "https://example.org", "api": "https://api.example.org/health", "dns": "dns://example.org"}


async def index(request: Request) -> JSONResponse:
    log.info("status page requested from %s", request.client.host if request.client else "?")
    return JSONResponse({"components": STATE})


async def incident(request: Request) -> JSONResponse:
    data = await request.json()
    async with Session() as session:
        session.add(Incident(component=data["component"], summary=data["summary"]))
        await session.commit()
    log.warning("incident opened for %s", data["component"])
    return JSONResponse({"ok": True}, status_code=201)


def build_app() -> Starlette:
    checker = Checker(TARGETS, os.environ.get("STATUS_WEBHOOK"))
    tasks: list[asyncio.Task] = []

    async def startup() -> None:
        tasks.append(asyncio.create_task(checker.forever()))
        log.info("checker started for %d targets", len(TARGETS))

    async def shutdown() -> None:
        for task in tasks:
            task.cancel()
        await checker.client.aclose()

    return Starlette(
        routes=[Route("/", index), Route("/incidents", incident, methods=["POST"])],
        on_startup=[startup],
        on_shutdown=[shutdown],
    )
