from __future__ import annotations

import asyncio
import json

import httpx
from loguru import logger

from orders import db


async def relay_outbox(stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        while not stop.is_set():
            rows = await db.pool().fetch("SELECT id, topic, payload FROM outbox WHERE sent_at IS NULL LIMIT 100")
            for row in rows:
                try:
                    await client.post(f"http://bus:8080/topics/{row['topic']}", content=json.dumps(row["payload"]))
                except httpx.HTTPError as exc:
                    logger.opt(exception=exc).warning("outbox {} not delivered", row["id"])
                    continue
                await db.pool().execute("UPDATE outbox SET sent_at = now() WHERE id = $1", row["id"])
            await asyncio.sleep(1)
