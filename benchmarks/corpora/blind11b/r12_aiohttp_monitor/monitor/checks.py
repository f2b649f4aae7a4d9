import asyncio
import logging

import aiohttp

from monitor.probe import probe

log = logging.getLogger(__name__)
metrics = logging.getLogger("monitor.metrics")
audit = logging.getLogger("monitor.audit")


async def check_target(session: aiohttp.ClientSession, url: str, state: dict[str, bool]) -> None:
    ok, elapsed = await probe(session, url)
    metrics.info("probe", extra={"tags": {"target": url}, "elapsed_ms": round(elapsed * 1000)})
    if state.get(url, True) and not ok:
        log.error("%s is DOWN", url)
    elif not state.get(url, True) and ok:
        log.warning("%s is back up", url)
    state[url] = ok


async def check_all(targets: list[str], interval: float) -> None:
    state: dict[str, bool] = {}
    audit.info("monitoring %d targets every %.0fs", len(targets), interval)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session:
        while True:
            await asyncio.gather(*(check_target(session, url, state) for url in targets))
            await asyncio.sleep(interval)
