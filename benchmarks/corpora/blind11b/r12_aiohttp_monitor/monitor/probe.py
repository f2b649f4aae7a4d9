"""HTTP probe used by the checks; run it directly to try one URL: `python -m monitor.probe URL`."""

import asyncio
import logging
import sys
import time

import aiohttp

log = logging.getLogger(__name__)


async def probe(session: aiohttp.ClientSession, url: str) -> tuple[bool, float]:
    start = time.perf_counter()
    try:
        async with session.get(url, allow_redirects=True) as resp:
            ok = resp.status < 400
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        log.info("probe %s failed: %r", url, exc)
        ok = False
    return ok, time.perf_counter() - start


async def _demo(url: str) -> None:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        ok, elapsed = await probe(session, url)
    print(f"{url}: {'up' if ok else 'DOWN'} in {elapsed * 1000:.0f} ms")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(_demo(sys.argv[1]))
