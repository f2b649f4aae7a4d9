"""Rebuild the offset index of a journal file (offline, the daemon must be stopped)."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("rebuild_index")


def rebuild(journal: Path) -> dict[int, int]:
    index, offset = {}, 0
    with journal.open("rb") as fh:
        for seq, line in enumerate(fh, 1):
            index[seq] = offset
            offset += len(line)
    log.info("indexed %d entries of %s", len(index), journal)
    return index


if __name__ == "__main__":
    handler = logging.FileHandler("rebuild_index.log")
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    path = Path(sys.argv[1])
    path.with_suffix(".idx").write_text(json.dumps(rebuild(path)))
