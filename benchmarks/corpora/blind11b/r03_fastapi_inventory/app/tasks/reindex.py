import asyncio
import logging

from app.db import SessionLocal
from app.services import stock

log = logging.getLogger(__name__)


async def reindex_forever(interval: float = 300.0) -> None:
    while True:
        async with SessionLocal() as session:
            total = await stock.recount(session)
        log.info("recount finished: %d units in stock", total)
        await asyncio.sleep(interval)
