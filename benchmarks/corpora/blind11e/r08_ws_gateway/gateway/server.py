from __future__ import annotations

import asyncio
import json
import logging

import redis.asyncio as aioredis
import structlog
from websockets.asyncio.server import ServerConnection, broadcast

from gateway.auth import record_login, verify_token

log = logging.getLogger(__name__)
slog = structlog.get_logger("gateway.bus")
CLIENTS: dict[str, set[ServerConnection]] = {}


async def handler(ws: ServerConnection) -> None:
    user = await verify_token(ws.request.headers.get("Authorization", "").removeprefix("Bearer "))
    if user is None:
        await ws.close(code=4401, reason="unauthorized")
        return
    await record_login(user, str(ws.remote_address))
    CLIENTS.setdefault(user, set()).add(ws)
    log.info("client connected: %s (%d online)", user, sum(map(len, CLIENTS.values())))
    try:
        async for message in ws:
            await ws.send(json.dumps({"echo": json.loads(message)}))
    finally:
        CLIENTS[user].discard(ws)


async def pump(redis: aioredis.Redis) -> None:
    pubsub = redis.pubsub()
    await pubsub.psubscribe("user:*")
    await slog.ainfo("subscribed", pattern="user:*")
    async for msg in pubsub.listen():
        if msg["type"] != "pmessage":
            continue
        user = msg["channel"].decode().split(":", 1)[1]
        broadcast(CLIENTS.get(user, set()), msg["data"].decode())


async def fan_out_stats() -> None:
    while True:
        await asyncio.sleep(60)
        await slog.ainfo("stats", users=len(CLIENTS))
