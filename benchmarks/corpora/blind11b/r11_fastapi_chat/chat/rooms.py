import logging
from collections import defaultdict

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from chat import audit

log = logging.getLogger(__name__)
router = APIRouter()


class RoomManager:
    def __init__(self) -> None:
        self.rooms: dict[str, set[WebSocket]] = defaultdict(set)

    async def join(self, room: str, user: str, ws: WebSocket) -> None:
        await ws.accept()
        self.rooms[room].add(ws)
        log.info("%s joined %s (%d online)", user, room, len(self.rooms[room]))
        await audit.record_join(user, room)

    def leave(self, room: str, ws: WebSocket) -> None:
        self.rooms[room].discard(ws)

    async def broadcast(self, room: str, message: dict) -> None:
        dead = []
        for ws in self.rooms[room]:
            try:
                await ws.send_json(message)
            except RuntimeError:
                dead.append(ws)
        if dead:
            log.warning("dropping %d dead sockets in %s", len(dead), room)
            for ws in dead:
                self.leave(room, ws)


manager = RoomManager()


@router.websocket("/ws/{room}")
async def ws_endpoint(websocket: WebSocket, room: str, user: str = "anonymous") -> None:
    await manager.join(room, user, websocket)
    try:
        while True:
            text = await websocket.receive_text()
            await manager.broadcast(room, {"user": user, "text": text})
    except WebSocketDisconnect:
        manager.leave(room, websocket)
        await audit.record_leave(user, room)
