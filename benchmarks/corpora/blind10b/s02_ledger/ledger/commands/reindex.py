"""Management command: rebuild the search index from a CSV export (synchronous).

Run as `python -m ledger.commands.reindex export.csv`.
"""
import csv
import logging
import sys

from ledger.db import TABLES

log = logging.getLogger("ledger.commands.reindex")


class Command:
    help = "Rebuild the search index"

    def handle(self, path: str) -> int:
        handler = logging.FileHandler("reindex.log")
        logging.getLogger("ledger").addHandler(handler)
        logging.getLogger("ledger").setLevel(logging.INFO)
        count = 0
        try:
            with open(path, newline="") as fh:
                for _row in csv.reader(fh):
                    count += 1
        except FileNotFoundError:
            log.warning("no export at %s", path)
        log.info("indexed %d rows into %s", count, TABLES[0])
        return count


if __name__ == "__main__":
    Command().handle(sys.argv[1] if len(sys.argv) > 1 else "export.csv")
