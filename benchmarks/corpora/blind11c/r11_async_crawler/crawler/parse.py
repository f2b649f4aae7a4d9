from __future__ import annotations

import logging
from urllib.parse import urldefrag, urljoin

from selectolax.parser import HTMLParser

log = logging.getLogger(__name__)


def extract_links(base_url: str, html: str) -> list[str]:
    tree = HTMLParser(html)
    links = []
    for node in tree.css("a[href]"):
        href = urldefrag(urljoin(base_url, node.attributes.get("href") or ""))[0]
        if href.startswith(("http://", "https://")):
            links.append(href)
    log.debug("%s: %d links", base_url, len(links))
    return links
