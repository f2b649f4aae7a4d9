from __future__ import annotations

import asyncio
import logging
import time

import aiohttp

log = logging.getLogger(__name__)
metrics = logging.getLogger("edgeproxy.metrics")

UPSTREAMS = {
    "users": "http://users.internal:8080",
    "orders": "http://orders.internal:8080",
}


async def forward(session: aiohttp.ClientSession, service: str, request) -> tuple[int, bytes, dict]:
    base = UPSTREAMS[service]
    started = time.perf_counter()
    for attempt in range(2):
        try:
            async with session.request(request.method, base + request.rel_url.path_qs,
                                       headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
                                       data=await request.read()) as resp:
                body = await resp.read()
                metrics.info("upstream", extra={"service": service, "status": resp.status,
                                                "ms": round((time.perf_counter() - started) * 1000, 1)})
                return resp.status, body, dict(resp.headers)
        except (aiohttp.ClientConnectionError, asyncio.TimeoutError) as exc:
            log.warning("%s attempt %d failed: %s", service, attempt + 1, exc)
    return 502, b"bad gateway", {}
