from __future__ import annotations

import logging

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from whiteboard.models import Stroke

log = logging.getLogger(__name__)
ops = logging.getLogger("whiteboard.ops")


def _save_stroke(board_id: int, user_id: int, payload: dict) -> int:
    stroke = Stroke.objects.create(board_id=board_id, author_id=user_id,
                                   points=payload["points"], color=payload.get("color", "#000000"))
    return stroke.pk


def _clear_board(board_id: int) -> int:
    deleted, _ = Stroke.objects.filter(board_id=board_id).delete()
    return deleted


class BoardConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self) -> None:
        self.board_id = int(self.scope["url_route"]["kwargs"]["board_id"])
        self.group = f"board_{self.board_id}"
        user = self.scope["user"]
        if not user.is_authenticated:
            await self.close(code=4401)
            return
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        log.info("user %s joined board %s", user.pk, self.board_id)

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)
            log.info("channel %s left board %s (code %s)", self.channel_name, self.board_id, code)

    async def receive_json(self, content: dict, **kwargs) -> None:
        kind = content.get("type")
        if kind == "stroke":
            await database_sync_to_async(_save_stroke)(self.board_id, self.scope["user"].pk, content)
            await self.channel_layer.group_send(self.group, {"type": "board.stroke", "payload": content})
        elif kind == "clear":
            deleted = await database_sync_to_async(_clear_board)(self.board_id)
            log.warning("board %s cleared by %s (%d strokes)", self.board_id, self.scope["user"].pk, deleted)
            await self.channel_layer.group_send(self.group, {"type": "board.stroke", "payload": {"type": "clear"}})
        else:
            ops.error("unknown message type %r on board %s", kind, self.board_id)

    async def board_stroke(self, event: dict) -> None:
        await self.send_json(event["payload"])
