"""Page fetching (stubbed: no network)."""
import asyncio
import logging as log

RETRIES = 2


async def fetch(url: str) -> str:
    for attempt in range(RETRIES + 1):
        await asyncio.sleep(0)
        if attempt == 0 and url.endswith("/2"):
            log.warning("retrying %s", url)
            continue
        return f"<html><title>{url.rsplit('/', 1)[-1]}</title></html>"
    raise RuntimeError(url)
