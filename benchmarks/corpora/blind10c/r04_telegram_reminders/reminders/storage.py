"""Reminder persistence (in memory here; sqlite in production)."""
import logging

LOGGERS = {
    "db": logging.getLogger("reminders.db"),
    "cache": logging.getLogger("reminders.cache"),
}
_DB = {}


async def save(chat_id, job):
    LOGGERS["db"].info("saving %r", job)
    _DB.setdefault(chat_id, []).append(job)


async def load(chat_id):
    jobs = list(_DB.get(chat_id, []))
    LOGGERS["cache"].info("loaded %d reminders for chat %s", len(jobs), chat_id)
    return jobs


def dump():
    LOGGERS["db"].info("dumping %d chats", len(_DB))
    return {chat: [job.text for job in jobs] for chat, jobs in _DB.items()}
