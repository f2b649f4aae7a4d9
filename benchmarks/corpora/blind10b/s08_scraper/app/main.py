"""The crawl."""
from app.compat import json, logging
from app.fetch import fetch
from app.parse import parse
from app.report import summarize


async def crawl(urls: list) -> list:
    logging.info("crawling %d urls", len(urls))
    results = []
    for url in urls:
        results.append(await parse(await fetch(url)))
    await save_results(results)
    logging.info("done: %s", summarize(results))
    return results


async def save_results(results: list, path: str = "") -> None:
    payload = json.dumps(results)
    if not path:
        logging.warning("no output path, %d bytes dropped", len(payload))
        return
    with open(path, "w") as fh:
        fh.write(payload)
