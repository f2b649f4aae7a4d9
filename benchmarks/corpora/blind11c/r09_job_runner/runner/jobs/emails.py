from __future__ import annotations

import logging
from email.message import EmailMessage

import aiosmtplib

from runner import settings

log = logging.getLogger(__name__)


async def send_welcome(user_id: int, address: str, name: str) -> None:
    msg = EmailMessage()
    msg["From"] = "hello@example.org"
    msg["To"] = address
    msg["Subject"] = f"Welcome, {name}"
    msg.set_content("Thanks for signing up.")
    await aiosmtplib.send(msg, hostname=settings.SMTP_HOST, port=25)
    log.info("welcome mail sent to user %s", user_id)
