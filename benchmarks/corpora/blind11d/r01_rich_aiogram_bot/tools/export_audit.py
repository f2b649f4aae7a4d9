"""Export the audit log to CSV for the accountant (run by hand, no bot involved)."""

import csv
import logging
import sys
from pathlib import Path

logging.basicConfig(filename="export_audit.log", level=logging.INFO)
log = logging.getLogger("export")


def main(src: Path, dst: Path) -> int:
    rows = 0
    with src.open(encoding="utf-8") as fin, dst.open("w", newline="", encoding="utf-8") as fout:
        writer = csv.writer(fout)
        writer.writerow(["timestamp", "level", "message"])
        for line in fin:
            stamp, level, message = line.rstrip("\n").split(" ", 2)[0:1] + line.split(" ", 3)[2:4]
            writer.writerow([stamp, level, message])
            rows += 1
    log.info("exported %d rows to %s", rows, dst)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
