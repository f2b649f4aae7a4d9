"""Event callbacks registered on the nio client."""

from __future__ import annotations

import asyncio
import logging

from nio import AsyncClient, InviteMemberEvent, JoinError, MatrixRoom, MegolmEvent, RoomMessageText

from matrixbot.commands import dispatch
from matrixbot.config import Config

logger = logging.getLogger(__name__)


class Callbacks:
    def __init__(self, client: AsyncClient, cfg: Config) -> None:
        self.client = client
        self.cfg = cfg

    def _is_command(self, body: str) -> bool:
        return body.startswith(self.cfg.command_prefix)

    async def on_message(self, room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender == self.client.user_id or not self._is_command(event.body):
            return
        logger.info("command from %s in %s: %s", event.sender, room.display_name, event.body)
        await dispatch(self.client, room, event, self.cfg)

    async def on_invite(self, room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key != self.client.user_id:
            return
        for attempt in range(3):
            result = await self.client.join(room.room_id)
            if isinstance(result, JoinError):
                logger.warning("join %s failed (attempt %d): %s", room.room_id, attempt + 1, result.message)
                await asyncio.sleep(2 ** attempt)
            else:
                logger.info("joined %s", room.room_id)
                return
        logger.error("giving up on invite to %s", room.room_id)

    async def on_undecryptable(self, room: MatrixRoom, event: MegolmEvent) -> None:
        # keys are requested again by nio on the next sync; nothing to log per event
        await self.client.request_room_key(event)
