from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from pricefeed import feeds
from pricefeed.logconf import configure_logging
from pricefeed.routes import router
from pricefeed.settings import settings

log = logging.getLogger("pricefeed.server")


@asynccontextmanager
async def lifespan(app: FastAPI):
    configure_logging(settings.log_dir)
    tasks = [
        asyncio.create_task(
            feeds.poll(
                symbol,
                settings.exchange_url,
                settings.interval,
                log=logging.getLogger(f"pricefeed.feeds.{symbol.lower()}"),
            )
        )
        for symbol in settings.symbols
    ]
    log.info("started %d feeds", len(tasks))
    yield
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    log.info("feeds stopped")


app = FastAPI(title="pricefeed", lifespan=lifespan)
app.include_router(router)


def main() -> None:
    uvicorn.run(app, host=settings.host, port=settings.port, proxy_headers=True)


if __name__ == "__main__":
    main()
