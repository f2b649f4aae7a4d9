"""Scheduled crawl jobs; each one runs `python -m scraper.cli` in a subprocess."""

import asyncio
import logging
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    start_url: str
    every_minutes: int


JOBS = [
    Job("flats-berlin", "https://listings.example.org/berlin/flats", 60),
    Job("flats-hamburg", "https://listings.example.org/hamburg/flats", 120),
]


async def run_job(job: Job) -> int:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "scraper.cli", job.start_url, "--db", f"{job.name}.db",
        stdout=asyncio.subprocess.DEVNULL,
    )
    code = await proc.wait()
    if code != 0:
        log.error("job %s exited with %d", job.name, code)
    else:
        log.info("job %s finished", job.name)
    return code
