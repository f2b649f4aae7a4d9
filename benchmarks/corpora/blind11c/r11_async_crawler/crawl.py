"""``python crawl.py``: crawl from the seeds in settings.yaml."""

from __future__ import annotations

import asyncio
import logging
import logging.config
import os
import string
from pathlib import Path

import yaml

from crawler import fetch, http, metrics, robots
from crawler.frontier import Frontier

SETTINGS_FILE = Path(__file__).parent / "settings.yaml"
DEFAULTS = {
    "CRAWL_LOG_DIR": "logs",
    "LOGSTASH_HOST": "localhost",
    "CRAWL_METRICS_HANDLER": "logging.NullHandler",
    "CRAWL_DB_DSN": "postgresql://localhost/crawl",
}

log = logging.getLogger("crawler")


def load_settings() -> dict:
    template = string.Template(SETTINGS_FILE.read_text(encoding="utf-8"))
    return yaml.safe_load(template.safe_substitute({**DEFAULTS, **os.environ}))


async def crawl_worker(session, frontier: Frontier, agent: str) -> None:
    while True:
        url = await frontier.pop()
        if not await robots.allowed(session, url, agent):
            continue
        for links in await fetch.fetch_all(session, [url]):
            for link in links:
                await frontier.push(link)


async def run(cfg: dict) -> None:
    frontier = Frontier(cfg["politeness_delay"], cfg["max_pages"])
    for seed in cfg["seeds"]:
        await frontier.push(seed)
    session = await http.make_session(cfg["user_agent"], cfg["concurrency"])
    reporter = asyncio.create_task(metrics.report_loop(frontier))
    log.info("crawling with %d workers from %d seeds", cfg["concurrency"], len(cfg["seeds"]))
    try:
        await asyncio.gather(*(crawl_worker(session, frontier, cfg["user_agent"]) for _ in range(cfg["concurrency"])))
    finally:
        reporter.cancel()
        await session.close()


def main() -> None:
    settings = load_settings()
    logging.config.dictConfig(settings["logging"])
    asyncio.run(run(settings["crawl"]))


if __name__ == "__main__":
    main()
