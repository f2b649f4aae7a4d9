"""Export the price history to CSV (synchronous; run by hand)."""
from __future__ import annotations

import csv
import logging
import logging.config
import os
import sqlite3
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("export")


def main(out_path: str) -> None:
    os.environ.setdefault("LOG_DIR", str(ROOT / "logs"))
    with open(ROOT / "config" / "logging.yaml", encoding="utf-8") as fh:
        logging.config.dictConfig(yaml.safe_load(os.path.expandvars(fh.read())))
    conn = sqlite3.connect(ROOT / "prices.sqlite3")
    with open(out_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["shop", "url", "price", "seen_at"])
        rows = conn.execute("SELECT shop, url, price, seen_at FROM prices ORDER BY seen_at").fetchall()
        writer.writerows(rows)
    log.info("exported %d rows to %s", len(rows), out_path)


if __name__ == "__main__":
    main(sys.argv[1])
