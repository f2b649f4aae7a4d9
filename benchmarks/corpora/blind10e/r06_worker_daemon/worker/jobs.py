import asyncio
import json
import logging

from worker.util.log import get_logger

JOB_LOGGERS = [get_logger("jobs.email"), get_logger("jobs.thumbnail")]


def parse_job(line: str) -> dict:
    job = json.loads(line)
    if "kind" not in job:
        raise ValueError("job without kind")
    return job


async def send_email(job: dict) -> None:
    await asyncio.sleep(0)
    JOB_LOGGERS[0].info("mail to %s sent", job["to"])


async def make_thumbnail(job: dict) -> None:
    JOB_LOGGERS[1].info("thumbnail for %s", job["image"])
    if not job["image"].endswith((".png", ".jpg")):
        raise ValueError(f"unsupported image {job['image']}")
    await asyncio.sleep(0)


async def escalate(job: dict, exc: Exception) -> None:
    alerts = logging.getLogger("worker.alerts")
    alerts.error("job %s failed: %s", job.get("id"), exc)


HANDLERS = {"email": send_email, "thumbnail": make_thumbnail}
