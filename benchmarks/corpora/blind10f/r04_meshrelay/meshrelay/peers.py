from __future__ import annotations

import asyncio
import logging
import time

from aiohttp import WSMsgType, web

LAST_SEEN: dict[str, float] = {}


async def peer_socket(request: web.Request) -> web.WebSocketResponse:
    peer_id = request.match_info["peer"]
    plog = logging.getLogger("meshrelay.peer.{}".format(peer_id))
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    plog.info("connected from %s", request.remote)
    for frame in request.app["store"].drain(peer_id):
        await ws.send_bytes(frame)
    async for msg in ws:
        LAST_SEEN[peer_id] = time.monotonic()
        if msg.type == WSMsgType.ERROR:
            plog.warning("socket error: %s", ws.exception())
    plog.info("disconnected")
    return ws


async def watch_peers(app: web.Application, timeout: float = 300.0) -> None:
    alert_log = logging.getLogger("meshrelay.alerts")
    reported: set[str] = set()
    while True:
        await asyncio.sleep(60)
        now = time.monotonic()
        for peer, seen in LAST_SEEN.items():
            if now - seen > timeout and peer not in reported:
                alert_log.error("gateway %s silent for %.0f s", peer, now - seen)
                reported.add(peer)
            elif now - seen <= timeout:
                reported.discard(peer)
