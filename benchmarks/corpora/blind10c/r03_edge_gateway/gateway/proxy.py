"""Forward /api/ requests to an upstream."""
import logging

from aiohttpish import web
from gateway.ratelimit import allow
from gateway.upstream import POOL

log = logging.getLogger(__name__)
audit = logging.getLogger("gateway.audit")


async def forward(request):
    if not await allow(request.remote):
        return web.json_response({"error": "slow down"}, status=429)
    target = POOL.pick() + request.path
    log.info("%s %s -> %s", request.method, request.path, target)
    if request.method != "GET":
        audit.info("write %s %s from %s", request.method, request.path, request.remote)
    return web.json_response({"proxied": target})
