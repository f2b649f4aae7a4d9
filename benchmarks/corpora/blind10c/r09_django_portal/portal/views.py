import asyncio
import logging

from portal.debug_panel import RING

log = logging.getLogger(__name__)
audit = logging.getLogger("portal.audit")

EVENTS = [{"id": 1, "title": "AGM"}, {"id": 2, "title": "Summer party"}]


async def dashboard(scope):
    log.info("dashboard rendered")
    return 200, {"events": len(EVENTS)}


async def api_events(scope):
    await asyncio.sleep(0)
    log.info("listing %d events", len(EVENTS))
    return 200, EVENTS


async def admin_panel(scope):
    audit.info("admin panel opened")
    return 200, {"recent_log": list(RING.lines)}
