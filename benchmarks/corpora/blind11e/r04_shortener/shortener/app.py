from __future__ import annotations

from aiohttp import web

from shortener.middlewares import access_middleware, error_middleware
from shortener.observability import setup_logstash
from shortener.storage import close_redis, init_redis
from shortener.views import routes


async def create_app() -> web.Application:
    app = web.Application(middlewares=[error_middleware, access_middleware])
    app.add_routes(routes)
    app.on_startup.append(setup_logstash)
    app.on_startup.append(init_redis)
    app.on_cleanup.append(close_redis)
    return app
