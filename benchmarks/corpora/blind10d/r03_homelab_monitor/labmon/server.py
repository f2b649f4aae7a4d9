"""labmon: status API (aiohttp)."""
import logging
import logging.handlers
import queue

from aiohttp import web

from labmon import checks
from labmon.logsetup import get_logger, start_queued_logging
from labmon.status import record_results, status_buffer

routes = web.RouteTableDef()
log = get_logger("server")


@routes.get("/api/checks")
async def list_checks(request):
    results = await checks.run_all(request.app["targets"])
    changed = await record_results(results)
    log.info("served %d results (%d changed)", len(results), changed)
    return web.json_response(results)


@routes.get("/api/status")
async def status(request):
    return web.json_response({"recent": status_buffer.recent(10)})


async def on_startup(app):
    access = logging.getLogger("labmon.access")
    access.propagate = False
    app["access_queue"] = queue.SimpleQueue()
    access.addHandler(logging.handlers.QueueHandler(app["access_queue"]))
    app["access_listener"] = logging.handlers.QueueListener(
        app["access_queue"], logging.FileHandler("logs/access.log", delay=True)
    )
    app["access_listener"].start()
    access.info("access log ready")
    log.info("startup: %d targets", len(app["targets"]))


async def on_cleanup(app):
    app["access_listener"].stop()
    log.info("cleanup done")


def create_app() -> web.Application:
    app = web.Application()
    app["targets"] = checks.TARGETS
    app["demo_requests"] = [("GET", "/api/checks"), ("GET", "/api/status"), ("GET", "/favicon.ico")]
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


def main() -> None:
    start_queued_logging()
    # kept from the pre-queue days; root already has its QueueHandler, so this does nothing
    logging.basicConfig(level=logging.INFO, filename="labmon.log")
    web.run_app(create_app(), port=8089)


if __name__ == "__main__":
    main()
