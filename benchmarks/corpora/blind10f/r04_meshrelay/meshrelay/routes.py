from __future__ import annotations

from aiohttp import web

from meshrelay.codec import decode
from meshrelay.log import LOGGERS

routes = web.RouteTableDef()


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        LOGGERS["http"].exception("unhandled error on %s %s", request.method, request.path)
        return web.json_response({"error": "internal"}, status=500)


@routes.post("/relay/{peer}")
async def relay(request: web.Request) -> web.Response:
    frame = await request.read()
    kind, seq, _ = decode(frame)
    request.app["store"].put(request.match_info["peer"], frame)
    LOGGERS["http"].info("queued frame kind=%d seq=%d for %s", kind, seq, request.match_info["peer"])
    return web.json_response({"queued": seq})


@routes.get("/status")
async def status(request: web.Request) -> web.Response:
    store = request.app["store"]
    depth = {peer: len(q) for peer, q in store.queues.items()}
    LOGGERS["store"].info("status requested: %d peers", len(depth))
    return web.json_response({"peers": depth})
