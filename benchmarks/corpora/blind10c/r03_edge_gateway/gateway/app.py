"""Gateway entry point: `python -m gateway.app` or `edge-gateway`."""
import logging

from aiohttpish import web
from gateway import proxy, upstream
from gateway.compat import ensure_logging
from gateway.logconf import setup_logging

log = logging.getLogger("gateway")


async def health(request):
    log.info("health check from %s", request.remote)
    return web.json_response({"ok": True, "upstreams": len(upstream.POOL.urls)})


def build_app():
    app = web.Application()
    app.router.add_get("/healthz", health)
    app.router.add_route("*", "/api/", proxy.forward)
    app.on_startup.append(upstream.connect_pool)
    app.on_cleanup.append(upstream.close_pool)
    return app


def main():
    listeners = setup_logging()
    ensure_logging()
    try:
        web.run_app(build_app(), host="127.0.0.1", port=8080)
    finally:
        for listener in listeners:
            listener.stop()


if __name__ == "__main__":
    main()
