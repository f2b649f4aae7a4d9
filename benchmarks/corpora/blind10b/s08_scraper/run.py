"""`python run.py [URL ...]`"""
import asyncio
import logging
import os
import sys

from app.main import crawl

DEFAULT_URLS = ["https://shop.example.invalid/p/1", "https://shop.example.invalid/p/2"]

if __name__ == "__main__":
    logging.getLogger().setLevel(os.environ.get("SCRAPER_LOG_LEVEL", "INFO"))
    asyncio.run(crawl(sys.argv[1:] or DEFAULT_URLS))
