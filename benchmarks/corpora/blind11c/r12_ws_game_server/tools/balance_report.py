"""Win-rate by opening move from the replay archive (sync, pandas-free)."""

from __future__ import annotations

import collections
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("balance")


def main(archive: str) -> None:
    logging.basicConfig(level=logging.INFO, handlers=[logging.FileHandler("balance.log")])
    wins: collections.Counter[tuple[int, int]] = collections.Counter()
    for path in Path(archive).glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        first = record["moves"][0]
        winner = max(record["scores"], key=record["scores"].get)
        if winner == first["player"]:
            wins[(first["x"], first["y"])] += 1
    for cell, n in wins.most_common(10):
        log.info("%s: %d wins", cell, n)


if __name__ == "__main__":
    main(sys.argv[1])
