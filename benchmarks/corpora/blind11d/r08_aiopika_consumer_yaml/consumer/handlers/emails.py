import json
import logging
import os
from email.message import EmailMessage

import aiosmtplib
from aio_pika.abc import AbstractIncomingMessage

log = logging.getLogger(__name__)
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")


def build_message(payload: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "shop@example.com"
    msg["To"] = payload["to"]
    msg["Subject"] = payload["subject"]
    msg.set_content(payload["body"])
    log.info("built message for %s", payload["to"])
    return msg


async def on_email_requested(message: AbstractIncomingMessage) -> None:
    async with message.process(requeue=True):
        payload = json.loads(message.body)
        await aiosmtplib.send(build_message(payload), hostname=SMTP_HOST, port=25)
        log.info("mail sent to %s", payload["to"])
