import logging

from aiohttp import web

log = logging.getLogger("health")


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


async def serve_health(port: int = 8081) -> web.AppRunner:
    app = web.Application()
    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "0.0.0.0", port).start()
    log.info("health endpoint on :%d", port)
    return runner
