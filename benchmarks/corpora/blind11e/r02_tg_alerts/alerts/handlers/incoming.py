from __future__ import annotations

import logging

from aiogram import Bot
from aiohttp import web

from alerts.state import muted_chats, subscribed_chats

log = logging.getLogger("alerts.incoming")


def render(alert: dict) -> str:
    labels = alert.get("labels", {})
    return f"[{alert.get('status', '?').upper()}] {labels.get('alertname')} on {labels.get('instance')}"


async def forward_alert(request: web.Request) -> web.Response:
    bot: Bot = request.app["bot"]
    payload = await request.json()
    for alert in payload.get("alerts", []):
        for chat_id in subscribed_chats:
            if chat_id in muted_chats:
                continue
            await bot.send_message(chat_id, render(alert))
    log.info("forwarded %d alerts", len(payload.get("alerts", [])))
    return web.json_response({"ok": True})
