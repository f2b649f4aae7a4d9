"""E-mail alerting from 0.1 (replaced by the status page; nothing imports this any more)."""
import logging
import logging.handlers

mailer = logging.handlers.SMTPHandler(("localhost", 25), "labmon@example.org", ["ops@example.org"], "labmon alert")
mailer.setLevel(logging.ERROR)
logging.getLogger().addHandler(mailer)


async def send_digest(lines):
    logging.getLogger("labmon.mail").error("digest: %s", "; ".join(lines))
