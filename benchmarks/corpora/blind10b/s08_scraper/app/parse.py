"""HTML parsing."""
import logging
import re

log = logging.getLogger(__name__)


async def parse(html: str) -> dict:
    match = re.search(r"<title>(.*?)</title>", html)
    if match is None:
        log.warning("no title in page")
        return {}
    return {"title": match.group(1)}
