import logging
import os

import sentry_sdk
from litestar import Litestar, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.logging.config import LoggingConfig
from sentry_sdk.integrations.logging import LoggingIntegration

from notes import db
from notes.debuglog import RING

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN"),
    traces_sample_rate=0.1,
    integrations=[LoggingIntegration(level=logging.INFO, event_level=logging.ERROR)],
)

log = logging.getLogger("notes")
log.addHandler(RING)

logging_config = LoggingConfig(
    root={"level": "INFO", "handlers": ["queue_listener"]},
    formatters={"standard": {"format": "%(asctime)s %(levelname)s %(name)s - %(message)s"}},
    log_exceptions="always",
)


@get("/notes/{owner:str}")
async def list_notes(owner: str) -> list[dict]:
    notes = await db.fetch_notes(owner)
    log.info("listing %d notes for %s", len(notes), owner)
    return notes


@post("/notes/{owner:str}")
async def create_note(owner: str, data: dict) -> dict:
    if not data.get("title"):
        log.warning("rejected untitled note from %s", owner)
        raise NotFoundException("title required")
    note_id = await db.insert_note(owner, data["title"], data.get("body", ""))
    return {"id": note_id}


@get("/debug/logs")
async def debug_logs(request: Request) -> list[str]:
    request.logger.info("debug log dump requested")
    return list(RING.records)


app = Litestar(
    route_handlers=[list_notes, create_note, debug_logs],
    on_startup=[db.connect],
    on_shutdown=[db.disconnect],
    logging_config=logging_config,
)
