"""``!remind 10m stretch your legs``"""

from __future__ import annotations

import asyncio
import logging
import re

log = logging.getLogger(__name__)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_pending: set[asyncio.Task] = set()


def parse_delay(text: str) -> int:
    match = re.fullmatch(r"(\d+)([smhd])", text)
    if not match:
        raise ValueError(text)
    return int(match[1]) * _UNITS[match[2]]


async def _fire_later(client, room_id: str, seconds: int, text: str) -> None:
    await asyncio.sleep(seconds)
    await client.room_send(room_id, "m.room.message", {"msgtype": "m.text", "body": f"\u23f0 {text}"})


async def remind(client, room, event, args: str) -> None:
    delay, _, text = args.strip().partition(" ")
    try:
        seconds = parse_delay(delay)
    except ValueError:
        log.info("bad delay %r from %s", delay, event.sender)
        await client.room_send(room.room_id, "m.room.message", {"msgtype": "m.notice", "body": "usage: !remind 10m text"})
        return
    task = asyncio.create_task(_fire_later(client, room.room_id, seconds, text))
    _pending.add(task)
    task.add_done_callback(_pending.discard)
    log.info("reminder in %ds scheduled for %s", seconds, event.sender)
