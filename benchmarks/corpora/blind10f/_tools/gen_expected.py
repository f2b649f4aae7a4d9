#!/usr/bin/env python3
"""Render _tools/src/<repo>.md into <repo>/EXPECTED.md.

In the templates a line may start with ``path.py:<<text>>``; ``<<text>>`` is replaced by the
number of the only line of ``path.py`` (relative to the repository) that contains ``text``
(``<<=text>>``: whose stripped text equals ``text``).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
ANCHOR = re.compile(r"^([\w./-]+\.py):<<(.+?)>>")


def render(src: Path) -> str:
    repo = CORPUS / src.stem
    out = []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        m = ANCHOR.match(line)
        if m:
            path, text = m[1], m[2]
            lines = (repo / path).read_text(encoding="utf-8").splitlines()
            if text.startswith("="):  # the whole (stripped) line
                hits = [i for i, l in enumerate(lines, 1) if l.strip() == text[1:]]
            else:
                hits = [i for i, l in enumerate(lines, 1) if text in l]
            if len(hits) != 1:
                sys.exit(f"{src.name}:{n}: {text!r} matches {hits} in {path}")
            line = f"{path}:{hits[0]}" + line[m.end():]
        out.append(line)
    return "\n".join(out) + "\n"


def main() -> None:
    for src in sorted((HERE / "src").glob("r*.md")):
        (CORPUS / src.stem / "EXPECTED.md").write_text(render(src), encoding="utf-8")
        print("wrote", src.stem)


if __name__ == "__main__":
    main()
