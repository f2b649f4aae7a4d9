"""Reminder worker:  python -m notes.worker"""
from __future__ import annotations

import asyncio
import logging
import logging.config
from datetime import datetime, timezone
from pathlib import Path

import httpx
from sqlalchemy import select

from notes.billing import charge_reminder, setup_billing_log
from notes.db import Session
from notes.models import Note

log = logging.getLogger("notes.worker")


async def send_reminder(client: httpx.AsyncClient, note: Note) -> None:
    resp = await client.post("https://push.internal/notify", json={"user": note.owner, "text": note.body[:200]})
    if resp.status_code >= 400:
        log.error("push for note %s failed: %s", note.id, resp.status_code)
        return
    await charge_reminder(note.owner)


async def due_reminders() -> list[Note]:
    async with Session() as session:
        rows = (await session.scalars(
            select(Note).where(Note.remind_at <= datetime.now(timezone.utc), Note.reminded.is_(False))
        )).all()
    log.info("%d reminders due", len(rows))
    return list(rows)


async def main() -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        while True:
            for note in await due_reminders():
                await send_reminder(client, note)
            await asyncio.sleep(30)


if __name__ == "__main__":
    logging.config.fileConfig(Path(__file__).with_name("worker_logging.ini"), disable_existing_loggers=False)
    setup_billing_log()
    asyncio.run(main())
