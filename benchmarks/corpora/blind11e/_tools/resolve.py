#!/usr/bin/env python3
"""Replace `path:@substring@` anchors in a repository's EXPECTED.md by line numbers.

    python3 _tools/resolve.py r01_feedpipe [...]

Each anchor must match exactly one line of the file (substring search), else it is an error
and the file is left unchanged. Run once while writing; check.py then validates the numbers.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ANCHOR = re.compile(r"^([\w./-]+):@(.+?)@(?=\s)", re.M)


def resolve(repo: Path) -> int:
    exp = repo / "EXPECTED.md"
    text = exp.read_text(encoding="utf-8")
    errors = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal errors
        path, needle = m[1], m[2]
        lines = (repo / path).read_text(encoding="utf-8").splitlines()
        hits = [i for i, line in enumerate(lines, 1) if needle in line]
        if len(hits) != 1:
            print(f"{repo.name}: {path}: {needle!r} matches {hits}")
            errors += 1
            return m[0]
        return f"{path}:{hits[0]}"

    new = ANCHOR.sub(sub, text)
    if not errors:
        exp.write_text(new, encoding="utf-8")
    return errors


if __name__ == "__main__":
    base = Path(__file__).resolve().parent.parent
    sys.exit(sum(resolve(base / name) for name in sys.argv[1:]))
