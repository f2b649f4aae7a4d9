import logging

from aiohttp import web

from common.db import fetch_rate

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.get("/rates/{base}/{quote}")
async def get_rate(request: web.Request) -> web.Response:
    base, quote = request.match_info["base"].upper(), request.match_info["quote"].upper()
    row = await fetch_rate(base, quote)
    if row is None:
        log.info("no rate for %s/%s", base, quote)
        raise web.HTTPNotFound(text="unknown pair")
    return web.json_response({"rate": float(row["rate"]), "at": row["fetched_at"].isoformat()})


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error on %s", request.path)
        return web.json_response({"error": "internal"}, status=500)
