from urllib.parse import urlsplit, urlunsplit

from crawler._compat import logging

log = logging.getLogger("crawler.urls")


def normalize(url: str) -> str:
    parts = urlsplit(url.strip())
    if not parts.scheme:
        log.debug("no scheme in %r", url)
        parts = urlsplit("https://" + url.strip())
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))
