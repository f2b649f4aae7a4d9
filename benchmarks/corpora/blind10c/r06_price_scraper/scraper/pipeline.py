"""Async pipeline: fetch every path of a site, yield parsed items."""
import logging

from scraper.fetch import fetch
from scraper.parse import parse_prices

plog = logging.getLogger("scraper.pipeline")


async def items(site, log):
    plog.info("pipeline for %s: %d paths", site.slug, len(site.paths))
    for path in site.paths:
        page = await fetch(site.base_url + path, log)
        for item in parse_prices(page):
            yield item
    log.info("%s exhausted", site.slug)
