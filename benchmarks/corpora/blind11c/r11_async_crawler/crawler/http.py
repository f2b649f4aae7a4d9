from __future__ import annotations

import logging

import aiohttp

log = logging.getLogger(__name__)


async def make_session(user_agent: str, concurrency: int) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=concurrency, ttl_dns_cache=300)
    session = aiohttp.ClientSession(connector=connector, headers={"User-Agent": user_agent},
                                    timeout=aiohttp.ClientTimeout(total=30, sock_connect=10))
    log.info("http session ready (limit=%d)", concurrency)
    return session


async def head(session: aiohttp.ClientSession, url: str) -> int | None:
    try:
        async with session.head(url, allow_redirects=True) as resp:
            return resp.status
    except aiohttp.ClientError:
        return None
