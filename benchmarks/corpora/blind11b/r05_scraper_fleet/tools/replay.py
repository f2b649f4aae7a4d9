"""Re-parse saved HTML pages after a parser change: `python tools/replay.py pages/*.html`."""

import logging
import sys
from pathlib import Path

from rich.logging import RichHandler

from scraper.parse import parse_listing

logging.basicConfig(level="INFO", format="%(message)s", handlers=[RichHandler(), logging.FileHandler("replay.log")])
log = logging.getLogger("scraper.replay")


def main(paths: list[str]) -> None:
    ok = 0
    for p in paths:
        if parse_listing(Path(p).stem, Path(p).read_text()) is not None:
            ok += 1
    log.info("%d/%d pages parsed", ok, len(paths))


if __name__ == "__main__":
    main(sys.argv[1:])
