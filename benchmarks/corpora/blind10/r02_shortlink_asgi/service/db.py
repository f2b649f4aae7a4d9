"""In-memory link store (sqlite in production)."""
import time

from .util import get_logger

log = get_logger("db")

_LINKS = {}


async def store_link(slug, url, ttl=86400):
    _LINKS[slug] = (url, time.time() + ttl)
    log.info("stored %s -> %s", slug, url)


async def fetch_link(slug):
    entry = _LINKS.get(slug)
    if entry is None:
        log.info("miss for %s", slug)
        return None
    return entry[0]


def vacuum(now=None):
    """Drop expired links; run from cron, not from the service."""
    now = now or time.time()
    expired = [slug for slug, (_, deadline) in _LINKS.items() if deadline < now]
    for slug in expired:
        del _LINKS[slug]
    log.info("vacuum removed %d links", len(expired))
    return len(expired)
