import json
import logging
import time

from aiohttp import web

log = logging.getLogger("api.middleware")


@web.middleware
async def timing_middleware(request, handler):
    started = time.perf_counter()
    response = await handler(request)
    log.info("%s %s took %.1f ms", request.method, request.path, (time.perf_counter() - started) * 1000)
    return response


@web.middleware
async def error_middleware(request, handler):
    try:
        return await handler(request)
    except web.HTTPException as exc:
        return web.json_response({"error": type(exc).__name__}, status=exc.status)
    except json.JSONDecodeError:
        log.warning("bad JSON body on %s", request.path)
        return web.json_response({"error": "bad json"}, status=400)
