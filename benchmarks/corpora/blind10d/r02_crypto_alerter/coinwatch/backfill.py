"""coinwatch-backfill: load historical ticks from a CSV export (offline, no event loop)."""
import csv
import io
import logging
import sys

from coinwatch import storage
from coinwatch.feeds.kraken import KrakenFeed

SAMPLE = "symbol,price\nXBTUSD,61000.5\nETHUSD,3050.0\n"


def main(argv=None) -> int:
    logging.getLogger().addHandler(logging.FileHandler("backfill.log"))
    logging.getLogger().setLevel(logging.INFO)
    feed = KrakenFeed([])
    db = storage.open_db(":memory:")
    ticks = [feed.parse(row) for row in csv.DictReader(io.StringIO(SAMPLE))]
    storage.insert_rows(db, [(t.exchange, t.symbol, t.price) for t in ticks])
    logging.getLogger("coinwatch.backfill").info("backfilled %d rows", len(ticks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
