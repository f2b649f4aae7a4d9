#!/usr/bin/env python3
"""Developer tool: validate a dumped job file line by line (no worker, no event loop)."""
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from worker.jobs import parse_job  # noqa: E402

logging.basicConfig(filename="replay.log", level=logging.INFO)
log = logging.getLogger("replay")


def main(path=None):
    lines = open(path).read().splitlines() if path else ['{"id": 9, "kind": "email", "to": "x@example.org"}', "{}"]
    for n, line in enumerate(lines, 1):
        try:
            parse_job(line)
        except ValueError as exc:
            log.warning("line %d: %s", n, exc)
        else:
            log.info("line %d ok", n)


if __name__ == "__main__":
    main(*sys.argv[1:])
