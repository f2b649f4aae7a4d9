from __future__ import annotations

import logging

log = logging.getLogger(__name__)


async def record(source: str, event: str, delivery_id: str, accepted: bool) -> None:
    log.info("webhook", extra={"source": source, "event": event, "delivery": delivery_id, "accepted": accepted})
