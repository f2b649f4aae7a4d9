from crawler.fetch import fetch
from crawler.log import LOG
from crawler.parse import parse

START_URLS = ["news.example", "https://news.example/world"]


async def crawl(store) -> int:
    LOG.info("news spider: %d start urls", len(START_URLS))
    count = 0
    for url in START_URLS:
        page = await fetch(url, LOG, delay=0.01)
        for headline in await parse(page, log=LOG):
            await store.save("news", headline)
            count += 1
    return count
