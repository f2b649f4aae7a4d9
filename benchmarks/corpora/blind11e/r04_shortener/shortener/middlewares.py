from __future__ import annotations

import logging
import time

from aiohttp import web

from shortener.observability import access_log

logger = logging.getLogger(__name__)


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return web.json_response({"error": "internal"}, status=500)


@web.middleware
async def access_middleware(request: web.Request, handler):
    started = time.perf_counter()
    response = await handler(request)
    access_log.info(
        "%s %s %s %.1fms", request.method, request.path, response.status,
        (time.perf_counter() - started) * 1000,
    )
    return response
