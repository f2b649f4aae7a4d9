import asyncio

from hookrelay.compat import logging
from hookrelay.retry import with_backoff

DELIVERIES = logging.getLogger("hookrelay.deliveries")


async def post(route, body: bytes) -> int:
    await asyncio.sleep(0)
    return 503 if route.name == "billing" else 200


async def deliver(route, body: bytes) -> bool:
    status = await with_backoff(lambda: post(route, body), log=DELIVERIES, attempts=2)
    DELIVERIES.info("%s %s -> %d (%d bytes)", route.name, route.url, status, len(body))
    if status >= 500:
        await record_dead_letter(route, body)
    return status < 300


async def record_dead_letter(route, body: bytes) -> None:
    await asyncio.sleep(0)
    DELIVERIES.error("dead letter for %s: %d bytes kept", route.name, len(body))
