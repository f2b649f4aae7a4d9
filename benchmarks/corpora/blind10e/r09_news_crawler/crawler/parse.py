import re

from crawler._compat import logging

HEADLINE = re.compile(r"<h1>(.*?)</h1>")


async def parse(page: str, *, log: logging.Logger) -> list:
    headlines = HEADLINE.findall(page)
    log.info("parsed %d headlines", len(headlines))
    return headlines
