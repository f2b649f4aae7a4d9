#!/usr/bin/env python3
"""Developer tool: print what a snapshot file holds (synchronous)."""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from svc.protocol import parse  # noqa: E402

log = logging.getLogger("dump_state")


def main(path=None):
    handler = logging.FileHandler("dump_state.log")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    commands = json.load(open(path)) if path else ["SET a 1", "SET b 2"]
    for command in commands:
        log.info("%s", parse(command))
    print(f"{len(commands)} commands")


if __name__ == "__main__":
    main(*sys.argv[1:])
