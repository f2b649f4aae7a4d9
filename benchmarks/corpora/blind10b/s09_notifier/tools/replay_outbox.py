"""Loads a spool file for re-sending (ops tool, synchronous)."""
import logging
import sys
from logging.handlers import SMTPHandler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notifier import outbox

root = logging.getLogger()
root.addHandler(SMTPHandler("localhost", "ops@example.invalid", ["ops@example.invalid"], "outbox replay"))
root.setLevel(logging.CRITICAL)


def main(path: str = "outbox.tsv") -> int:
    try:
        lines = Path(path).read_text().splitlines()
    except FileNotFoundError:
        lines = []
    outbox.OUTBOX.extend(tuple(line.split("\t", 1)) for line in lines)
    print(f"{len(outbox.OUTBOX)} messages queued for replay")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
