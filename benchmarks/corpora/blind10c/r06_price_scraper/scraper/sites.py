"""Per-site crawl."""
import logging

from scraper import pipeline


async def crawl_site(site, store):
    log = logging.getLogger("scraper.site.{}".format(site.slug))
    log.info("crawling %s", site.base_url)
    count = 0
    async for name, price in pipeline.items(site, log):
        await store.save(site.slug, (name, price))
        count += 1
    return count
