"""Endpoints."""
import logging

from gateway import upstream

log = logging.getLogger(__name__)


async def health(scope) -> tuple:
    return 200, {"ok": True}


async def quote(scope) -> tuple:
    symbol = (scope.get("query_string") or b"ACME").decode().upper()
    log.info("quote requested for %s", symbol)
    price = await upstream.fetch_price(symbol)
    return 200, {"symbol": symbol, "price": price}
