"""Task implementations, looked up by job kind."""
import asyncio

from jobs.common.logutil import get_logger

log = get_logger("worker.tasks")


async def send_email(job):
    log.info("sending mail to %s", job["to"])
    await asyncio.sleep(0)
    return "sent"


async def resize_image(job):
    await asyncio.sleep(0)
    log.info("resized %s to %dpx", job["image"], job["size"])
    return f"{job['image']}@{job['size']}"


REGISTRY = {"email": send_email, "resize": resize_image}
