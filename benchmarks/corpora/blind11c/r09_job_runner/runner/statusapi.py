"""``jobrunner-status``: read-only HTTP status of the queues."""

from __future__ import annotations

import logging
import sys

from aiohttp import web
from loguru import logger

from runner import settings
from runner.logbridge import intercept_stdlib
from runner.queue import JobQueue

log = logging.getLogger("runner.status")


def configure_logging() -> None:
    logger.remove()
    logger.add(sys.stderr, level="INFO", enqueue=True)
    logger.add(settings.LOG_DIR / "status.log", rotation="20 MB", level="INFO", enqueue=True)
    intercept_stdlib()


async def status(request: web.Request) -> web.Response:
    queue: JobQueue = request.app["queue"]
    depth = await queue.depth()
    dead = await queue.redis.llen(settings.DEAD_LETTER_KEY)
    log.info("status requested: ready=%d dead=%d", depth, dead)
    return web.json_response({"ready": depth, "dead": dead})


async def on_startup(app: web.Application) -> None:
    app["queue"] = JobQueue(settings.REDIS_URL)
    await app["queue"].connect()


def main() -> None:
    configure_logging()
    app = web.Application()
    app.router.add_get("/status", status)
    app.on_startup.append(on_startup)
    web.run_app(app, port=settings.STATUS_PORT, print=None)


if __name__ == "__main__":
    main()
