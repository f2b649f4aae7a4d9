#!/usr/bin/env python3
"""Cron job: dump the orders table as CSV (synchronous; the bot need not run)."""
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from services.db import Database  # noqa: E402

logging.basicConfig(filename="export.log", level=logging.INFO)


def main():
    db = Database(os.environ.get("SHOP_DSN", ":memory:"))
    db.orders = [(1000, 1), (1001, 3)]
    logging.info("exporting %d orders", len(db.orders))
    db.dump_csv()


if __name__ == "__main__":
    main()
