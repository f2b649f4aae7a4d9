"""Summarise audit.log into a CSV for the compliance team (sync dev tool)."""
import collections
import csv
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    handlers=[logging.FileHandler("make_report.log"), logging.StreamHandler()],
)
log = logging.getLogger("make_report")


def main(audit_path: str, out_path: str) -> None:
    counts = collections.Counter()
    with open(audit_path, encoding="utf-8") as fh:
        for line in fh:
            counts[line.split(" ", 1)[0]] += 1
    with open(out_path, "w", newline="") as fh:
        csv.writer(fh).writerows(sorted(counts.items()))
    log.info("wrote %d kinds to %s", len(counts), out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
