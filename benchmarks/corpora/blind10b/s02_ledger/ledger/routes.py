"""HTTP endpoints."""
import logging

from ledger import db
from ledger.logsetup import RECENT

log = logging.getLogger(__name__)


async def list_entries(request):
    rows = await db.fetch_entries()
    log.info("listing %d entries", len(rows))
    return 200, rows


async def create_entry(request):
    try:
        entry = await db.insert_entry(request.json())
    except ValueError:
        log.exception("bad entry payload")
        return 400, {"detail": "invalid"}
    log.info("created %s", entry["id"])
    return 201, entry


async def recent_logs(request):
    return 200, list(RECENT.lines)
