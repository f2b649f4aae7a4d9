"""In-process room registry and fan-out."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict

log = logging.getLogger(__name__)

_rooms: dict[str, set[asyncio.Queue]] = defaultdict(set)


async def join(room: str) -> asyncio.Queue:
    inbox: asyncio.Queue = asyncio.Queue(maxsize=256)
    _rooms[room].add(inbox)
    log.info("client joined %s (%d present)", room, len(_rooms[room]))
    return inbox


async def leave(room: str, inbox: asyncio.Queue) -> None:
    _rooms[room].discard(inbox)
    if not _rooms[room]:
        del _rooms[room]
        log.info("room %s is empty, dropped", room)


async def broadcast(room: str, message: dict) -> None:
    dead = 0
    for inbox in list(_rooms.get(room, ())):
        try:
            inbox.put_nowait(message)
        except asyncio.QueueFull:
            dead += 1
    if dead:
        log.warning("%d slow clients in %s missed a message", dead, room)


async def broadcast_system(room: str, text: str) -> None:
    await broadcast(room, {"type": "system", "text": text})
