from __future__ import annotations

import asyncio
import hashlib
import logging
from pathlib import Path

import aiohttp
from yarl import URL

from crawlq.robots import allowed
from crawlq.stats import COUNTERS

log = logging.getLogger(__name__)
AGENT = "crawlq/0.8 (+https://example.org/crawlq)"


class Crawler:
    def __init__(self, out_dir: Path, audit: logging.Logger, concurrency: int = 8) -> None:
        self.out_dir = out_dir
        self.audit = audit
        self.seen: set[str] = set()
        self.sem = asyncio.Semaphore(concurrency)

    async def fetch(self, session: aiohttp.ClientSession, url: URL) -> bytes | None:
        async with self.sem:
            if not await allowed(session, url, AGENT):
                log.info("robots.txt forbids %s", url)
                return None
            try:
                async with session.get(url, headers={"User-Agent": AGENT}) as response:
                    COUNTERS["fetched"] += 1
                    return await response.read()
            except aiohttp.ClientError as exc:
                log.warning("fetch %s failed: %s", url, exc)
                await self.mark_failed(url, str(exc))
                return None

    async def mark_failed(self, url: URL, reason: str) -> None:
        COUNTERS["failed"] += 1
        self.audit.info("REJECT %s %s", url, reason)

    async def dedupe(self, body: bytes) -> bool:
        digest = hashlib.sha256(body).hexdigest()
        if digest in self.seen:
            logging.getLogger("crawlq.audit.dedupe").info("duplicate body %s", digest[:12])
            return False
        self.seen.add(digest)
        return True

    async def store(self, url: URL, body: bytes) -> None:
        if not await self.dedupe(body):
            return
        path = self.out_dir / (hashlib.sha1(str(url).encode()).hexdigest() + ".html")
        await asyncio.to_thread(path.write_bytes, body)
        COUNTERS["stored"] += 1
        self.audit.info("STORE %s %s %d", url, path.name, len(body))
