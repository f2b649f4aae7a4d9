"""Time parse_prices on a large synthetic page (developer tool)."""
import logging
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from scraper.parse import parse_prices  # noqa: E402


def main():
    logging.getLogger("scraper").addHandler(logging.FileHandler("profile_parse.log"))
    page = ";".join(f"item{i}={i}.99" for i in range(20_000)) + ";bad=x"
    start = time.perf_counter()
    items = parse_prices(page)
    print(f"{len(items)} items in {time.perf_counter() - start:.3f}s")


if __name__ == "__main__":
    main()
