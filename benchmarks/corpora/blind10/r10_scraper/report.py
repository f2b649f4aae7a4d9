"""Print a crawl report from pages.json (cron, synchronous):  python3 report.py"""
import logging

from scraper.store import load_all

logging.basicConfig(filename="report.log", level=logging.INFO)


def main():
    pages = load_all()
    total = sum(pages.values())
    for url, size in sorted(pages.items()):
        print(f"{size:8d}  {url}")
    logging.info("report: %d pages, %d bytes", len(pages), total)


if __name__ == "__main__":
    main()
