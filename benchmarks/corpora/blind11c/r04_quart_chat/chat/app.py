from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from quart import Quart, current_app, websocket

from chat import moderation, rooms
from chat.logutil import start_queue_listener
from chat.telemetry import init_telemetry

app = Quart(__name__)
log = logging.getLogger(__name__)


@app.before_serving
async def startup() -> None:
    start_queue_listener()
    init_telemetry()
    moderation.load_wordlist(Path("wordlist.txt"))
    log.info("chat ready")


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True}


@app.websocket("/ws/<room>")
async def chat_socket(room: str) -> None:
    user = websocket.args.get("user", "anon")
    inbox = await rooms.join(room)

    async def pump() -> None:
        while True:
            await websocket.send_json(await inbox.get())

    sender = asyncio.create_task(pump())
    try:
        while True:
            msg = await websocket.receive_json()
            if msg.get("type") == "mute" and user == "admin":
                await moderation.mute(room, msg["user"], int(msg.get("minutes", 10)), by=user)
                continue
            if moderation.is_muted(room, user) or not await moderation.screen(room, user, msg.get("text", "")):
                continue
            await rooms.broadcast(room, {"type": "message", "user": user, "text": msg["text"]})
    except asyncio.CancelledError:
        current_app.logger.info("%s left %s", user, room)
        raise
    finally:
        sender.cancel()
        await rooms.leave(room, inbox)
