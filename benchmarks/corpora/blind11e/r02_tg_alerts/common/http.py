from __future__ import annotations

import logging
from typing import Any

import aiohttp

log = logging.getLogger(__name__)


async def post_json(session: aiohttp.ClientSession, url: str, payload: dict[str, Any]) -> int:
    async with session.post(url, json=payload) as resp:
        log.info("POST %s -> %s", url, resp.status)
        return resp.status
