from __future__ import annotations

import logging
import secrets

from aiohttp import web

from shortener.observability import events_log
from shortener.storage import REDIS_KEY

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.post("/api/links")
async def shorten(request: web.Request) -> web.Response:
    data = await request.json()
    target = data.get("url")
    if not target or not target.startswith(("http://", "https://")):
        raise web.HTTPBadRequest(text="url required")
    code = secrets.token_urlsafe(5)
    await request.app[REDIS_KEY].set(f"link:{code}", target)
    logger.info("created %s -> %s", code, target)
    return web.json_response({"code": code}, status=201)


@routes.get("/{code}")
async def follow(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    target = await request.app[REDIS_KEY].get(f"link:{code}")
    if target is None:
        logger.info("unknown code %s", code)
        raise web.HTTPNotFound()
    await request.app[REDIS_KEY].incr(f"hits:{code}")
    events_log.info("hit %s", code)
    raise web.HTTPFound(target)


@routes.get("/api/links/{code}/stats")
async def stats(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    hits = int(await request.app[REDIS_KEY].get(f"hits:{code}") or 0)
    events_log.info("stats %s", code)
    return web.json_response({"code": code, "hits": hits})
