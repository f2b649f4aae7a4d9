from __future__ import annotations

import logging
import urllib.robotparser
from urllib.parse import urlsplit

import aiohttp

log = logging.getLogger(__name__)

_cache: dict[str, urllib.robotparser.RobotFileParser] = {}


async def allowed(session: aiohttp.ClientSession, url: str, agent: str) -> bool:
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    parser = _cache.get(base)
    if parser is None:
        parser = urllib.robotparser.RobotFileParser()
        try:
            async with session.get(base + "/robots.txt") as resp:
                text = await resp.text() if resp.status == 200 else ""
        except aiohttp.ClientError as exc:
            log.warning("robots.txt for %s unreachable: %s", base, exc)
            text = ""
        parser.parse(text.splitlines())
        _cache[base] = parser
    ok = parser.can_fetch(agent, url)
    if not ok:
        log.info("robots.txt disallows %s", url)
    return ok
