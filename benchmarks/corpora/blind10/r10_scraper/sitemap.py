"""Write sitemap.xml from the fake site, checking every link concurrently:

    python3 sitemap.py > sitemap.xml
"""
import asyncio
import logging
from xml.sax.saxutils import escape

from scraper.fetch import SITE
from scraper.parse import extract_links


async def check(url):
    await asyncio.sleep(0)
    if url not in SITE:
        logging.error("broken link: %s", url)
        return None
    return url


async def build_sitemap(root="https://example.org/"):
    links = {root}
    for page, html in SITE.items():
        links.update(extract_links(page, html))
    checked = await asyncio.gather(*(check(url) for url in sorted(links)))
    good = [url for url in checked if url]
    logging.warning("sitemap: %d of %d links kept", len(good), len(links))
    return good


def render(urls):
    body = "".join(f"  <url><loc>{escape(u)}</loc></url>\n" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset>\n{body}</urlset>'


if __name__ == "__main__":
    print(render(asyncio.run(build_sitemap())))
