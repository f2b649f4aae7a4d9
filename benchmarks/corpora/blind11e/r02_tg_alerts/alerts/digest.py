"""Daily digest of the alerts seen in the last 24 h (cron: python -m alerts.digest)."""
from __future__ import annotations

import asyncio
import logging
import os
from logging import handlers

import aiohttp

log = logging.getLogger("digest")


def _setup() -> None:
    os.makedirs("logs", exist_ok=True)
    fh = handlers.TimedRotatingFileHandler("logs/digest.log", when="midnight", backupCount=14)
    fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.handlers = [fh]
    log.setLevel(logging.INFO)
    log.propagate = False


async def collect(session: aiohttp.ClientSession) -> list[dict]:
    url = os.environ.get("ALERTMANAGER_URL", "http://alertmanager:9093") + "/api/v2/alerts"
    async with session.get(url) as resp:
        alerts = await resp.json()
    log.info("collected %d alerts", len(alerts))
    return alerts


async def send_digest() -> None:
    async with aiohttp.ClientSession() as session:
        alerts = await collect(session)
        text = "\n".join(a["labels"].get("alertname", "?") for a in alerts) or "quiet day"
        token, chat = os.environ["BOT_TOKEN"], os.environ["DIGEST_CHAT_ID"]
        await session.post(f"https://api.telegram.org/bot{token}/sendMessage",
                           json={"chat_id": chat, "text": text})
    log.info("digest sent (%d lines)", text.count("\n") + 1)


if __name__ == "__main__":
    _setup()
    asyncio.run(send_digest())
