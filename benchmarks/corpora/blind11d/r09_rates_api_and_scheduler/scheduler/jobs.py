import logging
from datetime import datetime, timedelta, timezone

import aiohttp

from common.db import get_pool

log = logging.getLogger(__name__)
PROVIDER = "https://api.fxprovider.example/v1/latest"


async def refresh_rates(session: aiohttp.ClientSession) -> int:
    async with session.get(PROVIDER, params={"base": "EUR"}) as resp:
        data = await resp.json()
    pool = await get_pool()
    await pool.executemany(
        "INSERT INTO rates (base, quote, rate, fetched_at) VALUES ('EUR', $1, $2, now()) "
        "ON CONFLICT (base, quote) DO UPDATE SET rate = EXCLUDED.rate, fetched_at = now()",
        list(data["rates"].items()),
    )
    log.info("refreshed %d rates", len(data["rates"]))
    return len(data["rates"])


async def purge_history(days: int = 90) -> None:
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    pool = await get_pool()
    status = await pool.execute("DELETE FROM rate_history WHERE fetched_at < $1", cutoff)
    log.info("purged history before %s: %s", cutoff.date(), status)


async def check_staleness() -> None:
    pool = await get_pool()
    oldest = await pool.fetchval("SELECT min(fetched_at) FROM rates")
    if oldest and datetime.now(timezone.utc) - oldest > timedelta(hours=2):
        log.error("rates are stale: oldest is from %s", oldest)
