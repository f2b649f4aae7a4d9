"""Tiny async "ORM" over a dict."""
import asyncio
import logging
import time

logger = logging.getLogger(__name__)

ARTICLES = {1: "Hello world", 2: "Async all the way down"}
SESSIONS = {"a": time.time() - 3600 * 48, "b": time.time()}


async def afetch_articles():
    await asyncio.sleep(0)
    logger.info("fetched %d articles", len(ARTICLES))
    return list(ARTICLES.items())


async def aget_article(pk):
    await asyncio.sleep(0)
    return ARTICLES.get(pk)


def purge_sessions(max_age=86400):
    now = time.time()
    stale = [key for key, seen in SESSIONS.items() if now - seen > max_age]
    for key in stale:
        del SESSIONS[key]
    logger.info("purged %d sessions", len(stale))
    return len(stale)
