"""Moderation commands; every action is written to the audit trail."""

from __future__ import annotations

import logging

from nio import RoomBanError, RoomKickError

audit = logging.getLogger("matrixbot.audit")
log = logging.getLogger(__name__)


def _split(args: str) -> tuple[str, str | None]:
    user_id, _, reason = args.strip().partition(" ")
    log.debug("parsed moderation target %s", user_id)
    return user_id, reason or None


async def ban(client, room, event, args: str) -> None:
    user_id, reason = _split(args)
    resp = await client.room_ban(room.room_id, user_id, reason=reason)
    if isinstance(resp, RoomBanError):
        await client.room_send(room.room_id, "m.room.message", {"msgtype": "m.notice", "body": resp.message})
        return
    audit.info("ban room=%s target=%s by=%s reason=%r", room.room_id, user_id, event.sender, reason)


async def kick(client, room, event, args: str) -> None:
    user_id, reason = _split(args)
    resp = await client.room_kick(room.room_id, user_id, reason=reason)
    if isinstance(resp, RoomKickError):
        return
    audit.info("kick room=%s target=%s by=%s reason=%r", room.room_id, user_id, event.sender, reason)
