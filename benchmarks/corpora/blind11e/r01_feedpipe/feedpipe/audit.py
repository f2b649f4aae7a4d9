"""Audit trail shipped to Loki; never printed on the console."""
from __future__ import annotations

import logging
import os
from queue import Queue

from logging_loki import LokiQueueHandler

audit = logging.getLogger("audit")
audit.setLevel(logging.INFO)
audit.propagate = False
audit.addHandler(
    LokiQueueHandler(
        Queue(-1),
        url=os.environ.get("LOKI_URL", "http://localhost:3100/loki/api/v1/push"),
        tags={"app": "feedpipe"},
        version="1",
    )
)


async def record_ingest(feed_url: str, count: int) -> None:
    audit.info("ingested %d entries from %s", count, feed_url)
