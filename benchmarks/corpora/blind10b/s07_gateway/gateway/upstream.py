"""Upstream price lookups."""
import logging

from gateway._vendor import quotesdk
from gateway.config import UPSTREAM_DSN

log = logging.getLogger(__name__)


async def fetch_price(symbol: str) -> float:
    log.info("upstream %s via %s", symbol, UPSTREAM_DSN)
    try:
        return await quotesdk.remote_quote(symbol)
    except quotesdk.RateLimited:
        log.error("rate limited: %s", symbol)
        return float("nan")
