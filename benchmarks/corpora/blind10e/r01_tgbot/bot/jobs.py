import logging
import time

from telegram.ext import ContextTypes

jobs_log = logging.getLogger("tgbot.jobs")


async def cleanup(context: ContextTypes.DEFAULT_TYPE) -> None:
    cache = context.bot_data.setdefault("flood", {})
    now = time.monotonic()
    stale = [uid for uid, seen in cache.items() if now - seen > 60]
    for uid in stale:
        del cache[uid]
    jobs_log.info("cleanup removed %d flood entries", len(stale))


def schedule(application):
    application.job_queue.run_repeating(cleanup, interval=300, first=10)
