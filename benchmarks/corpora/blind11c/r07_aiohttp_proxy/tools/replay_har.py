"""Replay a HAR capture against a running proxy (synchronous, run by hand)."""

from __future__ import annotations

import json
import logging
import sys

import requests

log = logging.getLogger("replay_har")


def main(har_path: str, base: str = "http://localhost:8080") -> int:
    logging.basicConfig(filename="replay_har.log", level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    with open(har_path, encoding="utf-8") as fh:
        entries = json.load(fh)["log"]["entries"]
    failures = 0
    for entry in entries:
        req = entry["request"]
        resp = requests.request(req["method"], base + req["url"].split("/", 3)[-1], timeout=10)
        if resp.status_code >= 500:
            failures += 1
            log.warning("%s %s -> %s", req["method"], req["url"], resp.status_code)
    log.info("%d requests, %d failures", len(entries), failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
