#!/usr/bin/env python3
"""CI smoke test of URL normalisation, run under asyncio like the crawler."""
import asyncio
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from crawler.urls import normalize  # noqa: E402

CASES = {"News.Example": "https://news.example/", "http://a.b/c?d=1#frag": "http://a.b/c?d=1"}


async def smoke() -> int:
    log = logging.getLogger("ci.smoke")
    failures = 0
    for raw, want in CASES.items():
        await asyncio.sleep(0)
        got = normalize(raw)
        if got != want:
            failures += 1
        log.info("%s -> %s (%s)", raw, got, "ok" if got == want else "FAIL")
    return failures


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    sys.exit(asyncio.run(smoke()))
