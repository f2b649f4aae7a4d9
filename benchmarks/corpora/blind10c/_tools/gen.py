#!/usr/bin/env python3
"""Write each repository's EXPECTED.md from its spec (_tools/specs/rNN.py).

Lines are located by a unique substring, so the numbers follow the code.
"""
import importlib.util
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent


def load(spec_path):
    spec = importlib.util.spec_from_file_location(spec_path.stem, spec_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def locate(repo, path, needle):
    lines = (CORPUS / repo / path).read_text(encoding="utf-8").splitlines()
    hits = [i for i, line in enumerate(lines, 1) if needle in line]
    if len(hits) != 1:
        raise SystemExit(f"{repo}/{path}: {needle!r} found on lines {hits}")
    return hits[0]


def render(s):
    out = [f"# {s.REPO}: expected findings", "", s.TITLE, "", "## Programs (how to run, from the repository folder)", ""]
    for how, _run, what in s.PROGRAMS:
        out.append(f"- `{how}`: {what}")
    out += ["", "## Findings (per-coroutine default)", ""]
    out.append("Format: `path:LINE CODE  reason`. ASL101/ASL102 once per coroutine at its first logging call that reaches the handler; ASL103 at each set-up call.")
    out.append("")
    if not s.FINDINGS:
        out.append("(none: every coroutine of every program logs through a queue, a NullHandler, an in-memory handler, or no handler at all)")
    for path, needle, code, why in s.FINDINGS:
        out.append(f"{path}:{locate(s.REPO, path, needle)} {code}  {why}")
    out += ["", "## Must not be flagged", "", "Format: `path:LINE  what must not appear  why`.", ""]
    for path, needle, what, why in s.MUST_NOT:
        out.append(f"{path}:{locate(s.REPO, path, needle)}  {what}  {why}")
    if getattr(s, "UNCERTAIN", None):
        out += ["", "## Uncertain", "", "Format: `path:LINE  ASLnnn?  why` (counts neither way).", ""]
        for path, needle, code, why in s.UNCERTAIN:
            out.append(f"{path}:{locate(s.REPO, path, needle)}  {code}?  {why}")
    return "\n".join(out) + "\n"


def main(names):
    for spec_path in sorted((CORPUS / "_tools" / "specs").glob("r*.py")):
        if names and spec_path.stem not in names:
            continue
        s = load(spec_path)
        (CORPUS / s.REPO / "EXPECTED.md").write_text(render(s), encoding="utf-8")
        print(f"{s.REPO}: {len(s.FINDINGS)} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
