import asyncio

from crawler.urls import normalize

FAKE_WEB = {
    "https://news.example/": "<h1>Budget passes</h1><h1>Storm warning</h1>",
    "https://news.example/world": "<h1>Summit ends</h1>",
    "https://weather.example/": "<p>temp=14</p>",
}


async def fetch(url, log, delay=0.0):
    url = normalize(url)
    await asyncio.sleep(delay)
    body = FAKE_WEB.get(url)
    log.info("GET %s -> %s", url, 200 if body else 404)
    return body or ""
