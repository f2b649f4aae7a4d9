#!/usr/bin/env python3
"""Write every repository's EXPECTED.md (and the corpus README.md) from spec.py.

Lines are located by a unique substring (``needle@@N`` picks the N-th occurrence), then
checked against the source with ``ast``:

* an ASL101/ASL102 line holds a stdlib logging call whose innermost function is an
  ``async def`` and that is the coroutine's textually first stdlib logging call (nested
  ``def`` / ``lambda`` / ``class`` bodies excluded; loguru ``logger`` calls excluded),
  unless the entry says ``first=False``; at most one ASL101/ASL102 per coroutine;
* an ASL103 line holds a set-up call (addHandler / basicConfig / dictConfig / install /
  setup_logging / uvicorn.run) or ``LOGGING = {``;
* coverage: every coroutine that makes a stdlib logging call and every set-up call in the
  tree appears in Findings, Must not be flagged or Uncertain.

    python3 _tools/gen_expected.py
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spec import REPOS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LOGMETHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
SETUP = {"addHandler", "basicConfig", "dictConfig", "fileConfig", "install", "setup_logging"}
CODES = ("ASL101", "ASL102", "ASL103")


def locate(repo: Path, path: str, needle: str) -> int:
    occurrence = 1
    if "@@" in needle:
        needle, occ = needle.rsplit("@@", 1)
        occurrence = int(occ)
    lines = (repo / path).read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    if occurrence == 1 and len(hits) != 1:
        raise SystemExit(f"{repo.name}/{path}: {needle!r} on lines {hits}, need exactly one")
    if len(hits) < occurrence:
        raise SystemExit(f"{repo.name}/{path}: {needle!r} has no occurrence {occurrence}")
    return hits[occurrence - 1]


def loguru_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "loguru":
            names |= {a.asname or a.name for a in node.names if a.name == "logger"}
    return names


class Index(ast.NodeVisitor):
    def __init__(self, loguru: set[str]) -> None:
        self.loguru = loguru
        self.stack: list[ast.AST] = []
        self.coros: dict[int, list[int]] = {}  # def line -> stdlib logging call lines
        self.coro_name: dict[int, str] = {}
        self.line_owner: dict[int, int | None] = {}  # logging call line -> coroutine def line
        self.setup_lines: set[int] = set()

    def _scope(self, node):
        self.stack.append(node)
        if isinstance(node, ast.AsyncFunctionDef):
            self.coros.setdefault(node.lineno, [])
            self.coro_name[node.lineno] = node.name
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = _scope

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Attribute):
            recv = f.value
            is_loguru = isinstance(recv, ast.Name) and recv.id in self.loguru
            if f.attr in LOGMETHODS and not is_loguru and not (isinstance(recv, ast.Name) and recv.id in {"math", "np"}):
                inner = self.stack[-1] if self.stack else None
                owner = inner.lineno if isinstance(inner, ast.AsyncFunctionDef) else None
                self.line_owner[node.lineno] = owner
                if owner is not None:
                    self.coros[owner].append(node.lineno)
            if f.attr in SETUP or (f.attr == "run" and isinstance(recv, ast.Name) and recv.id == "uvicorn"):
                self.setup_lines.add(node.lineno)
        elif isinstance(f, ast.Name) and f.id in SETUP:
            self.setup_lines.add(node.lineno)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "LOGGING" for t in node.targets) and isinstance(node.value, ast.Dict):
            self.setup_lines.add(node.lineno)
        self.generic_visit(node)


def index_repo(repo: Path) -> dict[str, Index]:
    out = {}
    for py in sorted(repo.rglob("*.py")):
        tree = ast.parse(py.read_text(encoding="utf-8"), filename=str(py))
        idx = Index(loguru_names(tree))
        idx.visit(tree)
        out[py.relative_to(repo).as_posix()] = idx
    return out


def build(name: str, spec: dict) -> tuple[str, Counter]:
    repo = ROOT / name
    idx = index_repo(repo)
    errors: list[str] = []
    findings, mustnot, unsure = [], [], []
    covered: set[tuple[str, int]] = set()
    flagged_coros: Counter = Counter()
    counts: Counter = Counter()
    for entry in spec["findings"]:
        path, needle, code, reason = entry[:4]
        opts = entry[4] if len(entry) > 4 else {}
        line = locate(repo, path, needle)
        fi = idx[path]
        if code in ("ASL101", "ASL102"):
            owner = fi.line_owner.get(line)
            if owner is None:
                errors.append(f"{path}:{line} {code}: not a logging call in a coroutine")
            else:
                first = fi.coros[owner][0]
                if opts.get("first", True) and first != line:
                    errors.append(f"{path}:{line} {code}: first logging call of the coroutine is line {first}")
                flagged_coros[(path, owner)] += 1
                covered.add((path, owner))
        elif code == "ASL103":
            if line not in fi.setup_lines:
                errors.append(f"{path}:{line} ASL103: no set-up call on this line")
            covered.add((path, -line))
        findings.append((path, line, code, reason))
        counts[code] += 1
    for key, n in flagged_coros.items():
        if n > 1:
            errors.append(f"{key}: {n} ASL101/102 findings for one coroutine")

    def cover(path: str, line: int) -> None:
        fi = idx[path]
        owner = fi.line_owner.get(line)
        if owner is not None:
            covered.add((path, owner))
        if line in fi.coros:
            covered.add((path, line))
        if line in fi.setup_lines:
            covered.add((path, -line))

    for path, needle, text in spec.get("mustnot", []):
        line = locate(repo, path, needle)
        cover(path, line)
        mustnot.append((path, line, text))
    for path, needle, code, why in spec.get("uncertain", []):
        line = locate(repo, path, needle)
        cover(path, line)
        unsure.append((path, line, code, why))
    for path, fi in idx.items():
        for d, calls in fi.coros.items():
            if calls and (path, d) not in covered:
                errors.append(f"uncovered coroutine {path}:{d} {fi.coro_name[d]} (calls on {calls})")
        for s in fi.setup_lines:
            if (path, -s) not in covered:
                errors.append(f"uncovered set-up call {path}:{s}")
    keys = [(p, l, c) for p, l, c, _ in findings]
    if len(keys) != len(set(keys)):
        errors.append("duplicate findings")
    if errors:
        raise SystemExit(f"{name}:\n  " + "\n  ".join(errors))

    md = [f"# {name}: expected findings", "", spec["desc"], "",
          "## Programs (how to run, from the repository folder)", ""]
    md += [f"- {p}" for p in spec["programs"]]
    md += ["", "## Findings (per-coroutine default)", "",
           "Format: `path:LINE CODE  reason`. ASL101/ASL102 once per coroutine at its first stdlib logging call "
           "that reaches the blocking handler; ASL103 at each set-up call that attaches a blocking handler "
           "some coroutine of the same program logs through.", ""]
    md += [f"{p}:{l} {c}  {r}" for p, l, c, r in sorted(findings, key=lambda t: (t[0], t[1]))]
    md += ["", "## Must not be flagged", "", "Format: `path:LINE  what must not appear  why`.", ""]
    md += [f"{p}:{l}  {t}" for p, l, t in sorted(mustnot, key=lambda t: (t[0], t[1]))]
    if unsure:
        md += ["", "## Uncertain", "", "Format: `path:LINE  ASLnnn?  why` (counted neither way).", ""]
        md += [f"{p}:{l}  {c}?  {w}" for p, l, c, w in sorted(unsure, key=lambda t: (t[0], t[1]))]
    (repo / "EXPECTED.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return spec["exercises"], counts


def main() -> None:
    rows, total = [], Counter()
    for name, spec in REPOS.items():
        exercises, counts = build(name, spec)
        total += counts
        n = sum(counts[c] for c in CODES)
        rows.append(f"| {name} | {counts['ASL101']} | {counts['ASL102']} | {counts['ASL103']} | {n} | {exercises} |")
        print(f"{name}: " + ", ".join(f"{c} {counts[c]}" for c in CODES) + f", total {n}")
    n = sum(total[c] for c in CODES)
    rows.append(f"| **total** | **{total['ASL101']}** | **{total['ASL102']}** | **{total['ASL103']}** | **{n}** | |")
    print("total:", dict(total), n)
    readme = (ROOT / "_tools" / "README.head.md").read_text(encoding="utf-8")
    readme = readme.replace("{{TABLE}}", "\n".join(
        ["| repository | ASL101 | ASL102 | ASL103 | total | what it exercises |", "|---|---:|---:|---:|---:|---|"] + rows))
    (ROOT / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
