"""API endpoints."""
import logging

from api import web
from core import storage

log = logging.getLogger(__name__)


async def health(request) -> dict:
    log.info("health check on port %s", request["port"])
    return {"ok": True}


async def items(request) -> dict:
    rows = await storage.recent()
    log.info("served %d items", len(rows))
    return {"items": rows}


def make_app() -> web.Application:
    app = web.Application()
    app.add_get("/health", health)
    app.add_get("/items", items)
    return app
