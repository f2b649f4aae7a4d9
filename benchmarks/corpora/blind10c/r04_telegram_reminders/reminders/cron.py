"""Daily digest, run from cron: `python -m reminders.cron` / `reminders-digest`."""
import asyncio
import logging
import logging.handlers

from reminders import storage
from reminders.jobs import ReminderJob

log = logging.getLogger("reminders.cron")
SENT = []


async def deliver(chat_id, text):
    SENT.append((chat_id, text))
    await asyncio.sleep(0)


async def send_digest(chat_ids):
    log.info("sending the digest to %d chats", len(chat_ids))
    for chat_id in chat_ids:
        jobs = await storage.load(chat_id)
        await ReminderJob(chat_id, 0, f"{len(jobs)} reminders today").fire(deliver)


def main():
    handler = logging.handlers.WatchedFileHandler("digest.log")
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    app_logger = logging.getLogger("reminders")
    app_logger.setLevel(logging.INFO)
    app_logger.addHandler(handler)
    asyncio.run(send_digest([42, 77]))


if __name__ == "__main__":
    main()
