"""`python -m crawler.export`: turn items.json into a CSV (synchronous)."""
import csv
import json
import os
import sys

from crawler._compat import logging

logging.basicConfig(filename="export.log", level=logging.INFO)


def main(path="items.json"):
    items = json.load(open(path)) if os.path.exists(path) else []
    writer = csv.writer(sys.stdout)
    for row in items:
        writer.writerow([row["source"], row["item"]])
    logging.info("exported %d rows", len(items))


if __name__ == "__main__":
    main(*sys.argv[1:])
