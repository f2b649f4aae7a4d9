import re

from crawler.fetch import fetch
from crawler.log import LOG


async def crawl(store) -> int:
    page = await fetch("https://weather.example/", LOG)
    match = re.search(r"temp=(-?\d+)", page)
    if match is None:
        LOG.warning("weather page changed layout")
        return 0
    await store.save("weather", int(match.group(1)))
    LOG.info("weather spider done")
    return 1
