"""Nightly subscription housekeeping: `python -m worker.main`."""

import asyncio
import logging
import sys

from loguru import logger

from common.intercept import InterceptHandler
from worker.jobs import expire_subscriptions, send_reminders

log = logging.getLogger("worker")


def setup_logging() -> None:
    logger.remove()
    logger.add(sys.stderr, level="INFO", enqueue=True)
    logger.add("logs/worker.log", rotation="50 MB", level="INFO", enqueue=True)
    logging.basicConfig(handlers=[InterceptHandler()], level=logging.INFO, force=True)


async def main() -> None:
    log.info("worker run started")
    users = [1001, 1002, 1003]
    expired = await expire_subscriptions(users)
    await send_reminders(expired)
    log.info("worker run finished")


if __name__ == "__main__":
    setup_logging()
    try:
        asyncio.run(main())
    finally:
        logger.complete()
