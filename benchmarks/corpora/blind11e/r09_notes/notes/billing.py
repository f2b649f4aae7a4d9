from __future__ import annotations

import logging

import google.cloud.logging
from google.cloud.logging.handlers import CloudLoggingHandler
from google.cloud.logging.handlers.transports import SyncTransport

billing_log = logging.getLogger("notes.billing")


def setup_billing_log() -> None:
    client = google.cloud.logging.Client()
    # Billing events must be durable before we ack the reminder: synchronous writes.
    handler = CloudLoggingHandler(client, name="notes-billing", transport=SyncTransport)
    billing_log.addHandler(handler)
    billing_log.propagate = False
    billing_log.setLevel(logging.INFO)


async def charge_reminder(owner: str) -> None:
    billing_log.info("reminder charged to %s", owner)
