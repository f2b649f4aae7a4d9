from __future__ import annotations

import argparse
import asyncio
import contextlib
import tomllib

from aiohttp import web

from meshrelay.log import LOGGERS, setup_logging
from meshrelay.peers import peer_socket, watch_peers
from meshrelay.routes import error_middleware, routes
from meshrelay.store import Store


async def background_tasks(app: web.Application):
    app["watcher"] = asyncio.create_task(watch_peers(app))
    LOGGERS["peer"].info("peer watcher started")
    yield
    app["watcher"].cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await app["watcher"]


def create_app() -> web.Application:
    app = web.Application(middlewares=[error_middleware], client_max_size=256 * 1024)
    app["store"] = Store()
    app.add_routes(routes)
    app.router.add_get("/peer/{peer}", peer_socket)
    app.cleanup_ctx.append(background_tasks)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(prog="meshrelay")
    parser.add_argument("--config", default="/etc/meshrelay.toml")
    args = parser.parse_args()
    with open(args.config, "rb") as fh:
        config = tomllib.load(fh)
    setup_logging(config.get("log_level", "INFO"), config.get("syslog", "/dev/log"), config.get("matrix"))
    web.run_app(create_app(), host=config.get("host", "0.0.0.0"), port=config.get("port", 8470))


if __name__ == "__main__":
    main()
