"""Normalise and de-duplicate a seed list (sync, run by hand): ``python tools/dedupe_seeds.py seeds.txt``"""

from __future__ import annotations

import logging
import sys
from urllib.parse import urlsplit, urlunsplit

import coloredlogs

log = logging.getLogger("dedupe_seeds")


def normalise(url: str) -> str:
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def main(path: str) -> int:
    coloredlogs.install(level="INFO")
    seen: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                seen.setdefault(normalise(line), line.strip())
    for url in seen:
        print(url)
    log.info("%d unique seeds", len(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
