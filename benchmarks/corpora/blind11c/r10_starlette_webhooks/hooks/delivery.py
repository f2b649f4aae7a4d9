"""Fan a verified event out to every subscriber URL (each delivery is logged to Loki)."""

from __future__ import annotations

import asyncio
import logging

import httpx

log = logging.getLogger(__name__)

SUBSCRIBERS: dict[str, list[str]] = {
    "push": ["http://ci.internal/hooks/push", "http://mirror.internal/sync"],
    "merge_request": ["http://review-bot.internal/mr"],
}


async def _deliver(client: httpx.AsyncClient, url: str, event: str, body: bytes) -> bool:
    for attempt in range(3):
        try:
            resp = await client.post(url, content=body, headers={"X-Relay-Event": event})
        except httpx.TransportError as exc:
            log.warning("delivery to %s failed (attempt %d): %s", url, attempt + 1, exc)
            await asyncio.sleep(2 ** attempt)
            continue
        log.info("delivered %s to %s: %s", event, url, resp.status_code)
        return resp.is_success
    return False


async def fan_out(client: httpx.AsyncClient, event: str, body: bytes) -> int:
    targets = SUBSCRIBERS.get(event, [])
    if not targets:
        log.info("no subscribers for %s", event)
        return 0
    results = await asyncio.gather(*(_deliver(client, url, event, body) for url in targets))
    return sum(results)
