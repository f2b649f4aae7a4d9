"""Check which sitemap URLs answer (developer tool): ``python tools/sitemap_probe.py URL...``"""

from __future__ import annotations

import asyncio
import logging
import sys

import coloredlogs

from crawler.http import head, make_session

log = logging.getLogger("sitemap_probe")


async def probe(session, url: str) -> tuple[str, int | None]:
    status = await head(session, url)
    if status != 200:
        log.warning("%s -> %s", url, status)
    return url, status


async def main(urls: list[str]) -> int:
    session = await make_session("examplebot-probe/0.3", 8)
    try:
        results = await asyncio.gather(*(probe(session, u) for u in urls))
    finally:
        await session.close()
    bad = [u for u, s in results if s != 200]
    log.info("%d of %d urls answered 200", len(urls) - len(bad), len(urls))
    return 1 if bad else 0


if __name__ == "__main__":
    coloredlogs.install(level="INFO", fmt="%(asctime)s %(name)s %(levelname)s %(message)s")
    sys.exit(asyncio.run(main(sys.argv[1:])))
