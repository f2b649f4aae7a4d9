"""Turn a page into (name, price) pairs."""
import logging

log = logging.getLogger(__name__)


def parse_prices(page):
    items = []
    for chunk in filter(None, page.split(";")):
        name, _, price = chunk.partition("=")
        try:
            items.append((name, float(price)))
        except ValueError:
            log.warning("unparseable price %r", chunk)
    return items
