"""Shared test fixtures."""
import logging

from jobs.common import db


def log_to_file(path="tests.log"):
    logging.getLogger("jobs").addHandler(logging.FileHandler(path))


async def drain():
    jobs = []
    while (job := await db.fetch_job()) is not None:
        jobs.append(job)
    logging.getLogger("tests").info("drained %d jobs", len(jobs))
    return jobs
