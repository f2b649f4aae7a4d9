from __future__ import annotations

import asyncio
import logging

import aiohttp

from crawler import parse

log = logging.getLogger(__name__)
errors = logging.getLogger("crawler.fetch.errors")


async def fetch(session: aiohttp.ClientSession, url: str) -> list[str]:
    try:
        async with session.get(url) as resp:
            if resp.status != 200 or "text/html" not in resp.headers.get("Content-Type", ""):
                return []
            html = await resp.text(errors="replace")
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        errors.warning("%s: %s", url, exc)
        return []
    return parse.extract_links(url, html)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[list[str]]:
    def _on_done(task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.warning("fetch task crashed: %r", task.exception())

    tasks = [asyncio.create_task(fetch(session, u)) for u in urls]
    for task in tasks:
        task.add_done_callback(_on_done)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    log.info("batch of %d urls done", len(urls))
    return [r for r in results if isinstance(r, list)]
