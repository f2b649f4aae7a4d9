import asyncio
import logging


async def run(workspace: str, log: logging.Logger) -> int:
    log.info("checkout into %s", workspace)
    await asyncio.sleep(0)
    return 0
