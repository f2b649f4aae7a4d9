"""Command table: ``!ban``, ``!kick``, ``!remind``."""

from __future__ import annotations

from matrixbot.commands import moderation, reminders

HANDLERS = {
    "ban": moderation.ban,
    "kick": moderation.kick,
    "remind": reminders.remind,
}


async def dispatch(client, room, event, cfg) -> None:
    name, _, args = event.body[len(cfg.command_prefix):].partition(" ")
    handler = HANDLERS.get(name)
    if handler is None:
        await client.room_send(
            room.room_id,
            "m.room.message",
            {"msgtype": "m.notice", "body": f"unknown command {name!r}"},
        )
        return
    if name in ("ban", "kick") and event.sender not in cfg.admins:
        await client.room_send(room.room_id, "m.room.message", {"msgtype": "m.notice", "body": "admins only"})
        return
    await handler(client, room, event, args)
