"""URL frontier: per-host FIFO queues with a politeness delay. Decisions go to logstash."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from urllib.parse import urlsplit

log = logging.getLogger(__name__)


class Frontier:
    def __init__(self, delay: float, max_pages: int) -> None:
        self.delay = delay
        self.max_pages = max_pages
        self.seen: set[str] = set()
        self.queues: dict[str, deque[str]] = defaultdict(deque)
        self.next_ok: dict[str, float] = {}
        self.ready = asyncio.Condition()

    async def push(self, url: str) -> bool:
        if url in self.seen or len(self.seen) >= self.max_pages:
            return False
        self.seen.add(url)
        host = urlsplit(url).netloc
        async with self.ready:
            self.queues[host].append(url)
            self.ready.notify()
        log.info("queued", extra={"url": url, "host": host, "depth": len(self.queues[host])})
        return True

    async def pop(self) -> str:
        async with self.ready:
            while True:
                now = time.monotonic()
                for host, q in self.queues.items():
                    if q and self.next_ok.get(host, 0) <= now:
                        self.next_ok[host] = now + self.delay
                        return q.popleft()
                try:
                    await asyncio.wait_for(self.ready.wait(), timeout=self.delay)
                except asyncio.TimeoutError:
                    pass
