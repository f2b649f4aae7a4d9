import os
from email.message import EmailMessage

import aiosmtplib
from loguru import logger

SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")


async def send_welcome(address: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jobs@example.com", address, "Welcome"
    msg.set_content("Your account is ready.")
    await aiosmtplib.send(msg, hostname=SMTP_HOST)
    logger.info("welcome mail sent to {}", address)


async def send_failure_digest(address: str, failures: list[str]) -> None:
    if not failures:
        return
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jobs@example.com", address, f"{len(failures)} failed jobs"
    msg.set_content("\n".join(failures))
    try:
        await aiosmtplib.send(msg, hostname=SMTP_HOST)
    except aiosmtplib.SMTPException:
        logger.exception("digest to {} failed", address)
        raise
