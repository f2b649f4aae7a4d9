from __future__ import annotations

import asyncio
import logging
import time

import dns.asyncresolver
import httpx

from statuspage.notify import send_webhook

probe_log = logging.getLogger("probe")

STATE: dict[str, bool] = {}


class Checker:
    log = logging.getLogger("statuspage.checks")

    def __init__(self, targets: dict[str, str], webhook: str | None, interval: float = 30) -> None:
        self.targets = targets
        self.webhook = webhook
        self.interval = interval
        self.client = httpx.AsyncClient(follow_redirects=True)

    async def check_http(self, name: str, url: str) -> bool:
        started = time.perf_counter()
        try:
            response = await self.client.get(url, timeout=10)
            ok = response.status_code < 500
        except httpx.HTTPError:
            ok = False
        self.log.info("%s %s in %.0f ms", name, "up" if ok else "DOWN", (time.perf_counter() - started) * 1000)
        return ok

    async def check_dns(self, name: str, host: str) -> bool:
        try:
            answer = await dns.asyncresolver.resolve(host, "A", lifetime=5)
        except Exception as exc:
            probe_log.warning("dns lookup of %s failed: %s", host, exc)
            return False
        return bool(answer.rrset)

    async def run_once(self) -> None:
        results = await asyncio.gather(
            *(
                self.check_dns(name, target[6:]) if target.startswith("dns://") else self.check_http(name, target)
                for name, target in self.targets.items()
            )
        )
        for name, ok in zip(self.targets, results):
            if STATE.get(name, True) != ok:
                self.log.warning("%s changed state: %s", name, "up" if ok else "down")
                if self.webhook:
                    await send_webhook(self.client, self.webhook, name, ok)
            STATE[name] = ok

    async def forever(self) -> None:
        while True:
            await self.run_once()
            await asyncio.sleep(self.interval)
