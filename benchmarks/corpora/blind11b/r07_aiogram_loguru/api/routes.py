import logging
import os

import aiohttp
from fastapi import APIRouter, Header, HTTPException

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin")

BOT_API = f"https://api.telegram.org/bot{os.environ.get('BOT_TOKEN', '')}"


def _check(token: str | None) -> None:
    if token != os.environ.get("ADMIN_TOKEN"):
        raise HTTPException(403)


@router.get("/stats")
async def get_stats(x_admin_token: str | None = Header(default=None)) -> dict:
    _check(x_admin_token)
    log.info("stats requested")
    return {"subscribers": 0}


@router.post("/broadcast")
async def broadcast(text: str, chat_ids: list[int], x_admin_token: str | None = Header(default=None)) -> dict:
    _check(x_admin_token)
    sent = 0
    async with aiohttp.ClientSession() as session:
        for chat_id in chat_ids:
            async with session.post(f"{BOT_API}/sendMessage", json={"chat_id": chat_id, "text": text}) as r:
                sent += r.status == 200
    log.info("broadcast sent to %d/%d chats", sent, len(chat_ids))
    return {"sent": sent}


@router.get("/version")
def version() -> dict:
    log.info("version requested")
    return {"version": "1.2.0"}
