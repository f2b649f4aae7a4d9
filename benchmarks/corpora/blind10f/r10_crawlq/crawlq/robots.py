from __future__ import annotations

import logging
import urllib.robotparser

import aiohttp
from yarl import URL

log = logging.getLogger("crawlq.robots")
_CACHE: dict[str, urllib.robotparser.RobotFileParser] = {}


async def allowed(session: aiohttp.ClientSession, url: URL, agent: str) -> bool:
    host = url.host or ""
    if host not in _CACHE:
        parser = urllib.robotparser.RobotFileParser()
        try:
            async with session.get(url.with_path("/robots.txt")) as response:
                parser.parse((await response.text()).splitlines())
        except aiohttp.ClientError:
            log.info("no robots.txt for %s", host)
            parser.parse([])
        _CACHE[host] = parser
    return _CACHE[host].can_fetch(agent, str(url))
