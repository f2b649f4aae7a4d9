import logging

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "host"}


async def _forward(session: aiohttp.ClientSession, method: str, url: str, request: web.Request) -> web.Response:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    body = await request.read()
    try:
        async with session.request(method, url, headers=headers, data=body) as upstream:
            payload = await upstream.read()
            return web.Response(status=upstream.status, body=payload, headers={
                k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP
            })
    except aiohttp.ClientError as exc:
        log.error("upstream %s failed: %s", url, exc)
        raise web.HTTPBadGateway() from exc


async def handle_proxy(request: web.Request) -> web.Response:
    service = request.match_info["service"]
    base = request.app["settings"].upstreams.get(service)
    if base is None:
        log.info("unknown service %r", service)
        raise web.HTTPNotFound()
    url = f"{base}/{request.match_info['tail']}"
    return await _forward(request.app["client"], request.method, url, request)


async def handle_health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})
