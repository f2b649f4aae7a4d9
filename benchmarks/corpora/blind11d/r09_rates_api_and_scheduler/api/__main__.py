"""python -m api  (run from the project root)"""

import atexit
import json
import logging
import logging.config
import os

from aiohttp import web

from api.views import error_middleware, routes

log = logging.getLogger("api")


def configure_logging() -> None:
    os.makedirs("logs", exist_ok=True)
    with open("config/logging.json", encoding="utf-8") as fh:
        logging.config.dictConfig(json.load(fh))
    queue_handler = logging.getHandlerByName("queue")
    if queue_handler is not None:
        queue_handler.listener.start()
        atexit.register(queue_handler.listener.stop)


async def on_startup(app: web.Application) -> None:
    log.info("rates api listening")


def make_app() -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    configure_logging()
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")), print=None)
