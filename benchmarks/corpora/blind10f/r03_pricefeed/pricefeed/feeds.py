from __future__ import annotations

import asyncio
import logging

import httpx

CACHE: dict[str, float] = {}


async def poll(symbol: str, base_url: str, interval: float, log: logging.Logger) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=5.0) as client:
        while True:
            try:
                response = await client.get(f"/v1/ticker/{symbol}")
                response.raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("fetch of %s failed: %s", symbol, exc)
                await asyncio.sleep(interval * 5)
                continue
            CACHE[symbol] = float(response.json()["price"])
            log.info("%s = %s", symbol, CACHE[symbol])
            await asyncio.sleep(interval)
