from __future__ import annotations

import logging

import aiohttp
from aiohttp import web

from edgeproxy import cache, upstream
from edgeproxy.ringbuffer import RING

log = logging.getLogger(__name__)
audit = logging.getLogger("edgeproxy.audit")


@web.middleware
async def audit_middleware(request: web.Request, handler):
    response = await handler(request)
    if request.method not in ("GET", "HEAD"):
        audit.info("%s %s -> %s by %s", request.method, request.path, response.status,
                   request.headers.get("X-User", "-"))
    return response


async def proxy(request: web.Request) -> web.Response:
    service = request.match_info["service"]
    if service not in upstream.UPSTREAMS:
        log.info("unknown service %s", service)
        raise web.HTTPNotFound()
    key = f"{service}:{request.rel_url.path_qs}"
    if request.method == "GET" and (hit := cache.get(key)):
        status, body, headers = hit
        return web.Response(status=status, body=body, headers=headers)
    status, body, headers = await upstream.forward(request.app["session"], service, request)
    if request.method == "GET" and status == 200:
        await cache.put(key, status, body, headers, ttl=30)
    return web.Response(status=status, body=body)


async def debug_logs(request: web.Request) -> web.Response:
    return web.json_response(RING.snapshot())


async def on_startup(app: web.Application) -> None:
    app["session"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
    log.info("edgeproxy up, %d upstreams", len(upstream.UPSTREAMS))


async def on_cleanup(app: web.Application) -> None:
    await app["session"].close()
    log.info("client session closed")


def create_app() -> web.Application:
    app = web.Application(middlewares=[audit_middleware])
    app.router.add_get("/_debug/logs", debug_logs)
    app.router.add_route("*", "/{service}/{tail:.*}", proxy)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app
