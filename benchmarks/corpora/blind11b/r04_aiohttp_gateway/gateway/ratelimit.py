import logging
import time
from collections import defaultdict

from aiohttp import web

log = logging.getLogger(__name__)

_windows: dict[str, list[float]] = defaultdict(list)


@web.middleware
async def ratelimit_middleware(request: web.Request, handler):
    limit = request.app["settings"].rate_per_minute
    key = request.headers.get("X-Client-Id", request.remote or "?")
    now = time.monotonic()
    window = [t for t in _windows[key] if now - t < 60.0]
    window.append(now)
    _windows[key] = window
    if len(window) > limit:
        log.info("throttled %s", key, extra={"ctx": {"client": key, "count": len(window)}})
        raise web.HTTPTooManyRequests()
    return await handler(request)
