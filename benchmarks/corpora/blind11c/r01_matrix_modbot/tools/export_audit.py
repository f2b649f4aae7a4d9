"""Export the audit trail as CSV (run by hand: ``python tools/export_audit.py logs/audit.log``)."""

from __future__ import annotations

import csv
import logging
import re
import sys

from rich.logging import RichHandler

from matrixbot.config import load_config

LINE = re.compile(r"^(?P<ts>\S+ \S+) (?P<action>\w+) room=(?P<room>\S+) target=(?P<target>\S+) by=(?P<by>\S+)")

log = logging.getLogger("export_audit")


def main(path: str) -> int:
    logging.basicConfig(level="INFO", handlers=[RichHandler()])
    cfg = load_config()
    log.info("exporting %s for %s", path, cfg.homeserver)
    writer = csv.writer(sys.stdout)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            match = LINE.match(line)
            if match:
                writer.writerow(match.groups())
            else:
                log.warning("skipping %r", line[:60])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
