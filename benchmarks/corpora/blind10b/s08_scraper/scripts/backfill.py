"""Backfill old pages (cron job, synchronous)."""
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.fetch import RETRIES
from app.report import summarize

logging.basicConfig(filename="backfill.log", level=logging.INFO, format="%(asctime)s %(message)s")


def main() -> None:
    pages = [{"title": f"old-{n}"} for n in range(3)]
    logging.info("backfilled %s (retries=%d)", summarize(pages), RETRIES)


if __name__ == "__main__":
    main()
