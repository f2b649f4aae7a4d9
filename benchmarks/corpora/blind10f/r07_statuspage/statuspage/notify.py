from __future__ import annotations

import logging

import httpx

logger = logging.getLogger(__name__)


async def send_webhook(client: httpx.AsyncClient, url: str, component: str, up: bool) -> None:
    payload = {"component": component, "state": "up" if up else "down"}
    try:
        response = await client.post(url, json=payload, timeout=10)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        logger.error("webhook %s failed: %s", url, exc)
