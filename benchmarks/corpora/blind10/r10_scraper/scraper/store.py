"""Crawled pages, kept in a JSON file between runs."""
import json
import logging
import os

log = logging.getLogger("scraper.store")

PATH = os.environ.get("CRAWLER_STORE", "pages.json")
_pages = {}


async def save(url, html):
    if url in _pages:
        log.warning("page %s stored twice", url)
    _pages[url] = len(html)


async def count_pages():
    return len(_pages)


def flush(path=PATH):
    with open(path, "w") as fh:
        json.dump(_pages, fh)


def load_all(path=PATH):
    if not os.path.exists(path):
        return {}
    with open(path) as fh:
        return json.load(fh)
