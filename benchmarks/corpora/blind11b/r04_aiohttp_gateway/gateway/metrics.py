import asyncio
import contextlib
import logging

from aiohttp import web

log = logging.getLogger(__name__)

counters: dict[str, int] = {"requests": 0, "errors": 0}


async def push_metrics(app: web.Application) -> None:
    interval = app["settings"].metrics_interval
    while True:
        await asyncio.sleep(interval)
        log.info("gateway stats", extra={"requests": counters["requests"], "errors": counters["errors"]})
        counters.update(requests=0, errors=0)


async def metrics_ctx(app: web.Application):
    task = asyncio.create_task(push_metrics(app))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
