"""Webhook mode from the 0.x releases (replaced by long polling in 0.6)."""
from .compat import logging

log = logging.getLogger("tgbot.webhook")
logging.getLogger("tgbot").addHandler(logging.FileHandler("webhook.log"))


async def handle_webhook(request):
    payload = await request.json()
    log.info("webhook update %s", payload.get("update_id"))
    return {"ok": True}
