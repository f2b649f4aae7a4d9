"""Old per-module set-up from 0.9; nothing imports this any more (kept for the changelog)."""

from __future__ import annotations

import logging

log = logging.getLogger("edgeproxy.legacy")
_fh = logging.FileHandler("edgeproxy.log")
log.addHandler(_fh)


async def warm_cache(session, urls) -> None:
    for url in urls:
        async with session.get(url) as resp:
            log.info("warmed %s (%s)", url, resp.status)
