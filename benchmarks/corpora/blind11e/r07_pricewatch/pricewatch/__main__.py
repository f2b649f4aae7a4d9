from __future__ import annotations

import asyncio
import logging

import yaml

from pricewatch.crawler import crawl_all
from pricewatch.logutil import CONFIG_DIR, configure_logging

log = logging.getLogger("pricewatch")


async def main() -> None:
    with open(CONFIG_DIR / "sources.yaml", encoding="utf-8") as fh:
        shops = yaml.safe_load(fh)["shops"]
    log.info("crawling %d shops", len(shops))
    await crawl_all(shops, "prices.sqlite3")


if __name__ == "__main__":
    configure_logging()
    asyncio.run(main())
