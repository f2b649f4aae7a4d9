import asyncio
import logging
import os
import time

import aiohttp
import asyncpg

from ingest import logs
from ingest.fetcher import fetch_all
from ingest.health import serve_health
from ingest.metrics import emit_span, report_loop
from ingest.store import save_batch, vacuum

log = logging.getLogger("ingest.main")
INTERVAL = float(os.environ.get("INGEST_INTERVAL", "300"))


async def heartbeat() -> None:
    worker = logging.getLogger("worker")
    while True:
        worker.info("alive")
        await asyncio.sleep(30)


async def main() -> None:
    pool = await asyncpg.create_pool(os.environ["DATABASE_URL"], min_size=1, max_size=4)
    runner = await serve_health()
    background = [asyncio.create_task(report_loop()), asyncio.create_task(heartbeat())]
    log.info("ingest worker started, interval=%ss", INTERVAL)
    try:
        async with aiohttp.ClientSession() as session:
            while True:
                t0 = time.perf_counter()
                feeds = await fetch_all(session)
                for partner, items in feeds.items():
                    await save_batch(pool, partner, items)
                await vacuum(pool)
                await emit_span("cycle", (time.perf_counter() - t0) * 1000)
                await asyncio.sleep(INTERVAL)
    finally:
        for task in background:
            task.cancel()
        await runner.cleanup()
        await pool.close()


if __name__ == "__main__":
    logs.configure()
    asyncio.run(main())
