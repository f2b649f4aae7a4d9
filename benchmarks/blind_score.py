#!/usr/bin/env python3
"""Score ``flake8 --select ASL`` on blind corpora against their ``EXPECTED.md`` files.

    python benchmarks/blind_score.py [--flake8 PATH] benchmarks/corpora/blind10 ...

Each corpus folder holds repositories (sub-folders with a ``pyproject.toml``), each with
an ``EXPECTED.md`` whose ``## Findings`` section lists ``path.py:LINE CODE  reason``
lines (ASL101 / ASL102 / ASL103, the per-coroutine default) and whose optional
``## Uncertain`` section lists ``path.py:LINE  ASLnnn?  why`` lines that count neither
way. flake8 runs in each repository (``--isolated``: its own project root). Prints the
false positives and misses per repository, and precision and recall over all.

``--same-101-102`` counts ASL101 and ASL102 as one code: a finding at the expected
line with the other of the two is right. It is for corpora whose writers were told
the split wrongly (that network handlers are ASL102; SPEC makes them ASL101).

``--codes`` names the codes scored (default ASL101,ASL102,ASL103); a corpus that
lists loguru findings is scored with ``--codes ASL101,ASL102,ASL103,ASL108``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

FINDING = re.compile(r"^([\w./-]+\.py):(\d+) (ASL\d{3})\b")
UNCERTAIN = re.compile(r"^([\w./-]+\.py):(\d+)\s+(ASL\d{3})\?")
CODES = "ASL101,ASL102,ASL103"
Key = tuple[str, int, str]


def expected(text: str) -> tuple[set[Key], set[Key]]:
    body = text.split("## Findings", 1)[1].split("## ", 1)[0]
    want = {(m[1], int(m[2]), m[3]) for line in body.splitlines() if (m := FINDING.match(line))}
    unsure: set[Key] = set()
    if "## Uncertain" in text:
        part = text.split("## Uncertain", 1)[1]
        unsure = {
            (m[1], int(m[2]), m[3]) for line in part.splitlines() if (m := UNCERTAIN.match(line))
        }
    return want, unsure


def found(flake8: str, repo: Path, codes: set[str]) -> dict[Key, str]:
    out = subprocess.run(
        [flake8, "--select", "ASL", "--isolated", "."],
        cwd=repo, capture_output=True, text=True, check=False, timeout=600,
    ).stdout  # fmt: skip
    got: dict[Key, str] = {}
    for line in out.splitlines():
        path, row, _, rest = line.split(":", 3)
        code = rest.split()[0]
        if code in codes:
            got[(path.removeprefix("./"), int(row), code)] = rest.strip()
    return got


def merged(keys: set[Key]) -> set[Key]:
    return {(path, line, "ASL101" if code == "ASL102" else code) for path, line, code in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flake8", default="flake8")
    parser.add_argument("--same-101-102", action="store_true")
    parser.add_argument("--codes", default=CODES)
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args()
    codes = set(args.codes.split(","))
    tp = fp = fn = 0
    for corpus in args.corpora:
        for repo in sorted(p for p in corpus.iterdir() if (p / "EXPECTED.md").is_file()):
            text = (repo / "EXPECTED.md").read_text(encoding="utf-8")
            want, unsure = ({k for k in keys if k[2] in codes} for keys in expected(text))
            got = found(args.flake8, repo, codes)
            if args.same_101_102:
                want, unsure = merged(want), merged(unsure)
                got = {merged({key}).pop(): text for key, text in got.items()}
            keys = set(got) - (unsure - want)  # a line both expected and unsure counts
            hits, wrong, missed = want & keys, keys - want, want - keys
            tp, fp, fn = tp + len(hits), fp + len(wrong), fn + len(missed)
            print(f"{corpus.name}/{repo.name}: expected {len(want)}, right {len(hits)}, "
                  f"false {len(wrong)}, missed {len(missed)}")  # fmt: skip
            for key in sorted(wrong):
                print("   false ", *key, got[key][:120])
            for key in sorted(missed):
                print("   missed", *key)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"all: right {tp}, false {fp}, missed {fn}; "
          f"precision {precision:.3f}, recall {recall:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
