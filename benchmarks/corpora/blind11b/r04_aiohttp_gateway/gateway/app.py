import aiohttp
from aiohttp import web

from gateway import auth, metrics, proxy, ratelimit
from gateway.settings import Settings


async def client_ctx(app: web.Application):
    app["client"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
    yield
    await app["client"].close()


def create_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[auth.auth_middleware, ratelimit.ratelimit_middleware])
    app["settings"] = settings
    app.cleanup_ctx.append(client_ctx)
    app.cleanup_ctx.append(metrics.metrics_ctx)
    app.router.add_get("/health", proxy.handle_health)
    app.router.add_route("*", "/{service}/{tail:.*}", proxy.handle_proxy)
    return app
