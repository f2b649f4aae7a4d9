"""Docker HEALTHCHECK: `python -m gateway.healthcheck`."""

import asyncio
import logging
import os
import sys

import aiohttp

log = logging.getLogger("gateway.healthcheck")


async def check(url: str) -> bool:
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as session:
            async with session.get(url) as resp:
                if resp.status != 200:
                    log.error("unhealthy: %s returned %s", url, resp.status)
                    return False
    except aiohttp.ClientError as exc:
        log.error("unhealthy: %s", exc)
        return False
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    port = os.environ.get("GATEWAY_PORT", "8080")
    sys.exit(0 if asyncio.run(check(f"http://127.0.0.1:{port}/health")) else 1)
