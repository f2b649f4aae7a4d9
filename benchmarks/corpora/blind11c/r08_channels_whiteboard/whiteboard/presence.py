"""Who is looking at a board right now (cursor positions, not persisted)."""

from __future__ import annotations

import json
import logging

from channels.generic.websocket import AsyncWebsocketConsumer

log = logging.getLogger(__name__)


class PresenceConsumer(AsyncWebsocketConsumer):
    async def connect(self) -> None:
        self.group = f"presence_{self.scope['url_route']['kwargs']['board_id']}"
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        log.info("presence: %s watching %s", self.scope["user"], self.group)

    async def disconnect(self, code: int) -> None:
        await self.channel_layer.group_discard(self.group, self.channel_name)
        log.info("presence: %s left %s", self.scope["user"], self.group)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if text_data:
            await self.channel_layer.group_send(self.group, {"type": "cursor", "data": json.loads(text_data)})

    async def cursor(self, event: dict) -> None:
        await self.send(text_data=json.dumps(event["data"]))
