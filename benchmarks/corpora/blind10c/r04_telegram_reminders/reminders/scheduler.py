"""Keeps reminders until they are due."""
import logging
import sys

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(self):
        self.jobs = []

    def start(self):
        # Make sure scheduler debug output shows up somewhere (a no-op if logging is configured).
        logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)

    def add(self, job):
        self.jobs.append(job)

    async def run_pending(self, send):
        due, self.jobs = self.jobs, []
        log.info("%d reminders due", len(due))
        for job in due:
            await job.fire(send)


SCHEDULER = Scheduler()
