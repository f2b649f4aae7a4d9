import logging
import os

from aiohttp import web

from api.db import Pool
from api.middleware import error_middleware, timing_middleware
from api.views import HealthView, ItemsView

logger = logging.getLogger(__name__)


async def init_db(app: web.Application) -> None:
    app["db"] = await Pool(os.environ.get("DATABASE_URL", "memory://")).connect()
    logger.info("database ready")


async def close_db(app: web.Application) -> None:
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application(middlewares=[timing_middleware, error_middleware])
    app.router.add_view("/health", HealthView)
    app.router.add_view("/items", ItemsView)
    app.on_startup.append(init_db)
    app.on_cleanup.append(close_db)
    return app
