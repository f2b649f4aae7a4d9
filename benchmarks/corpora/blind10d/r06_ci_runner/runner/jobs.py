import asyncio
import logging
import os
from dataclasses import dataclass, field

from runner import settings
from runner.joblog import JobLogHandler


@dataclass
class Job:
    id: str
    name: str
    steps: list = field(default_factory=list)


def workspace_for(job_id: str) -> str:
    return os.path.join(settings.WORKSPACE, job_id)


def load_step(name: str):
    if name == "checkout":
        from runner.steps import checkout as step
    else:
        from runner.steps import build as step
    return step


async def stream_output(proc, log: logging.Logger) -> int:
    lines = 0
    while line := await proc.stdout.readline():
        log.info("| %s", line.decode().rstrip())
        lines += 1
    return lines


async def run_job(job: Job) -> str:
    logging.getLogger("runner.jobs").info("claimed job %s (%s)", job.id, job.name)
    workspace = workspace_for(job.id)
    os.makedirs(workspace, exist_ok=True)
    log = logging.getLogger(f"runner.jobs.{job.id}")
    handler = JobLogHandler(os.path.join(workspace, "build.log"))
    log.addHandler(handler)
    try:
        for name in job.steps:
            rc = await load_step(name).run(workspace, log)
            if rc:
                log.error("step %s failed with %d", name, rc)
                return "failed"
        return "passed"
    finally:
        log.removeHandler(handler)
        handler.close()
