from __future__ import annotations

import asyncio
import logging
import os

import redis.asyncio as aioredis
from websockets.asyncio.server import serve

from gateway.config import configure_logging
from gateway.server import fan_out_stats, handler, pump
from healthcheck import serve_health

logger = logging.getLogger("gateway")


async def main() -> None:
    redis = aioredis.from_url(os.environ.get("REDIS_URL", "redis://localhost"))
    await serve_health()
    async with serve(handler, "0.0.0.0", int(os.environ.get("PORT", "8765"))) as server:
        logger.info("gateway listening on %s", server.sockets[0].getsockname())
        await asyncio.gather(pump(redis), fan_out_stats(), server.serve_forever())


def run() -> None:
    configure_logging()
    asyncio.run(main())


if __name__ == "__main__":
    run()
