import asyncio
import logging

log = logging.getLogger("opsbot.status")

SNAPSHOT = {"online": 2, "offline": 1, "updating": 0}


async def fetch_status() -> dict:
    await asyncio.sleep(0)
    log.info("status snapshot: %s", SNAPSHOT)
    return dict(SNAPSHOT)
