import logging

from aiohttp import web

log = logging.getLogger(__name__)

PUBLIC_PATHS = frozenset({"/health", "/metrics"})


@web.middleware
async def auth_middleware(request: web.Request, handler):
    if request.path in PUBLIC_PATHS:
        return await handler(request)
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if token not in request.app["settings"].tokens:
        log.warning("rejected request to %s from %s", request.path, request.remote)
        raise web.HTTPUnauthorized()
    return await handler(request)
