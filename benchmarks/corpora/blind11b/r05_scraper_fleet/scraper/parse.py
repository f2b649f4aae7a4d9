"""HTML parsing (pure, synchronous)."""

import logging
from dataclasses import dataclass
from urllib.parse import urljoin

from selectolax.parser import HTMLParser

log = logging.getLogger(__name__)


@dataclass
class Listing:
    url: str
    title: str
    price: float | None


def parse_listing(url: str, html: str) -> Listing | None:
    tree = HTMLParser(html)
    title = tree.css_first("h1.listing-title")
    if title is None:
        log.warning("no title on %s", url)
        return None
    price_node = tree.css_first("[data-price]")
    price = float(price_node.attributes["data-price"]) if price_node else None
    return Listing(url=url, title=title.text(strip=True), price=price)


def extract_links(base: str, html: str) -> list[str]:
    tree = HTMLParser(html)
    return [urljoin(base, a.attributes["href"]) for a in tree.css("a.listing-link[href]")]
