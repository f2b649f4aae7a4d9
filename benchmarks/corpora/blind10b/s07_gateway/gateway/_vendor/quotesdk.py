"""Vendored client of the quote provider (library-style logging)."""
import asyncio
import logging

logger = logging.getLogger("quotesdk")
logger.addHandler(logging.NullHandler())


class RateLimited(Exception):
    pass


async def remote_quote(symbol: str) -> float:
    await asyncio.sleep(0)
    if symbol == "ZZZ":
        logger.warning("rate limited for %s", symbol)
        raise RateLimited(symbol)
    return 100.0 + len(symbol)
