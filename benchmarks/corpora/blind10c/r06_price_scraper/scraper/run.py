"""`price-scraper`: crawl every configured site once."""
import asyncio
import logging
from logging.handlers import RotatingFileHandler

from scraper import config
from scraper.logfactory import attach_error_file, build_handlers
from scraper.sites import crawl_site
from scraper.store import PriceStore

log = logging.getLogger("scraper")


async def crawl_all(sites):
    store = PriceStore()
    log.info("crawling %d sites", len(sites))
    counts = await asyncio.gather(*(crawl_site(site, store) for site in sites))
    log.info("done: %d prices", sum(counts))


def main():
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in build_handlers(config.LOG_FILE):
        root.addHandler(handler)
    attach_error_file(logging.getLogger("scraper.errors"), RotatingFileHandler(config.ERROR_FILE, maxBytes=1_000_000))
    with asyncio.Runner() as runner:
        runner.run(crawl_all(config.SITES))


if __name__ == "__main__":
    main()
