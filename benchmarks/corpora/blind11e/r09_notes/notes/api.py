from __future__ import annotations

import logging
from datetime import datetime

from litestar import Litestar, get, post
from litestar.exceptions import NotFoundException
from litestar.logging import LoggingConfig
from sqlalchemy import select

from notes.db import Session
from notes.models import Note
from notes.telemetry import init_telemetry

logger = logging.getLogger(__name__)


@post("/notes")
async def create_note(data: dict) -> dict:
    async with Session() as session:
        note = Note(owner=data["owner"], body=data["body"],
                    remind_at=datetime.fromisoformat(data["remind_at"]) if data.get("remind_at") else None)
        session.add(note)
        await session.commit()
    logger.info("note %s created for %s", note.id, note.owner)
    return {"id": note.id}


@get("/notes/{note_id:int}")
async def get_note(note_id: int) -> dict:
    async with Session() as session:
        note = await session.get(Note, note_id)
    if note is None:
        logger.warning("note %s not found", note_id)
        raise NotFoundException()
    return {"id": note.id, "owner": note.owner, "body": note.body}


@get("/notes")
async def list_notes(owner: str) -> list[dict]:
    async with Session() as session:
        rows = (await session.scalars(select(Note).where(Note.owner == owner))).all()
    logger.info("%d notes for %s", len(rows), owner)
    return [{"id": n.id, "body": n.body} for n in rows]


async def on_startup() -> None:
    logging.getLogger("notes").info("notes api starting")


logging_config = LoggingConfig(
    root={"level": "INFO", "handlers": ["queue_listener"]},
    formatters={"standard": {"format": "%(asctime)s %(levelname)s %(name)s - %(message)s"}},
    log_exceptions="always",
)

init_telemetry("notes-api")
app = Litestar(
    route_handlers=[create_note, get_note, list_notes],
    on_startup=[on_startup],
    logging_config=logging_config,
)
