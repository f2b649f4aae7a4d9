import asyncio
import logging
import logging.config
import time
import tomllib
from pathlib import Path

from scraper.jobs import JOBS, run_job

PROJECT_ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("scraper.scheduler")


def load_logging(path: Path = PROJECT_ROOT / "scheduler.toml") -> None:
    with open(path, "rb") as f:
        config = tomllib.load(f)
    logging.config.dictConfig(config["logging"])


async def tick(last_run: dict[str, float]) -> None:
    now = time.time()
    due = [j for j in JOBS if now - last_run.get(j.name, 0.0) >= j.every_minutes * 60]
    if due:
        log.info("starting %d due job(s): %s", len(due), ", ".join(j.name for j in due))
    for job in due:
        last_run[job.name] = now
    await asyncio.gather(*(run_job(j) for j in due))


async def main() -> None:
    log.info("scheduler started with %d jobs", len(JOBS))
    last_run: dict[str, float] = {}
    while True:
        await tick(last_run)
        await asyncio.sleep(30)


def run() -> None:
    load_logging()
    asyncio.run(main())


if __name__ == "__main__":
    run()
