"""Job implementations, looked up by name."""
import asyncio
import logging

log = logging.getLogger("jobq.jobs")

_flaky_calls = {"n": 0}


async def send_email(payload):
    await asyncio.sleep(0)
    log.info("email to %s queued at the relay", payload["to"])


async def resize_image(payload):
    _flaky_calls["n"] += 1
    if _flaky_calls["n"] == 1:
        raise ConnectionError("object store reset the connection")
    log.info("resized %s to %sx%s", payload["key"], *payload["size"])


JOB_TYPES = {"send_email": send_email, "resize_image": resize_image}
