"""python -m scheduler"""

import asyncio
import logging
import logging.config
import tomllib
from pathlib import Path

import aiohttp

from scheduler import jobs
from scheduler.runner import run_forever

log = logging.getLogger("scheduler")


def configure_logging() -> None:
    with Path(__file__).with_name("logging.toml").open("rb") as fh:
        logging.config.dictConfig(tomllib.load(fh))


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        log.info("scheduler starting")
        await run_forever(
            [
                ("refresh_rates", 300.0, jobs.refresh_rates, (session,)),
                ("purge_history", 86400.0, jobs.purge_history, ()),
                ("check_staleness", 600.0, jobs.check_staleness, ()),
            ]
        )


if __name__ == "__main__":
    configure_logging()
    asyncio.run(main())
