from __future__ import annotations

import contextlib
import logging

import httpx
from starlette.applications import Starlette
from starlette.routing import Route

from hooks.receivers.github import github
from hooks.receivers.gitlab import gitlab

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette):
    # log_config.json declares a 3.12 queue handler; its listener is ours to start
    listener = logging.getHandlerByName("queue_handler").listener
    listener.start()
    app.state.client = httpx.AsyncClient(timeout=10)
    log.info("hookrelay ready")
    try:
        yield
    finally:
        await app.state.client.aclose()
        log.info("hookrelay stopping")
        listener.stop()


app = Starlette(
    routes=[
        Route("/hooks/github", github, methods=["POST"]),
        Route("/hooks/gitlab", gitlab, methods=["POST"]),
    ],
    lifespan=lifespan,
)
