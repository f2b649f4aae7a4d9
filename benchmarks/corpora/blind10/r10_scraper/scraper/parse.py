import re
from urllib.parse import urljoin

_HREF = re.compile(r'href="([^"]+)"')


def extract_links(base, html):
    return [urljoin(base, href) for href in _HREF.findall(html)]
