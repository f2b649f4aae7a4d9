"""`python -m jobs.reporter`: print a table of pending jobs."""
import asyncio
import logging
import logging.config

from jobs.common import db
from jobs.reporter.render import render_table

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "short"}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
}
log = logging.getLogger("jobs.reporter")


async def build_report():
    log.info("collecting pending jobs")
    jobs = []
    while (job := await db.fetch_job()) is not None:
        jobs.append(job)
    return await render_table(jobs)


def main():
    logging.config.dictConfig(LOGGING)
    print(asyncio.run(build_report()))


if __name__ == "__main__":
    main()
