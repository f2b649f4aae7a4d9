#!/usr/bin/env python3
"""Check every repository's EXPECTED.md against its sources (line numbers, positions, duplicates).

    python _tools/check_expected.py [CORPUS_DIR]

For each line in ## Findings / ## Must not be flagged / ## Uncertain: the file exists and
the line is in range. ASL101/ASL102 (and a coroutine ASL108) must sit on a logging call
directly in a coroutine body (not in a nested def/lambda/class), at most one per coroutine
and code; ASL103 and a site ASL108 must sit on a set-up statement. Coroutines with logging
calls that EXPECTED.md never mentions are listed so they can be reviewed. Prints totals.
"""

import ast
import re
import sys
from collections import Counter
from pathlib import Path

FINDING = re.compile(r"^([\w./-]+\.py):(\d+) (ASL\d{3})\b")
OTHER = re.compile(r"^([\w./-]+\.py):(\d+)\s")
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
SETUP = re.compile(r"addHandler\(|basicConfig\(|dictConfig\(|\.install\(|setup_logging\(|"
                   r"^LOGGING = \{|uvicorn\.run\(|^logconfig_dict = \{|\.handlers = \[|\.run\(")


def section(text: str, name: str) -> str:
    if f"## {name}" not in text:
        return ""
    return text.split(f"## {name}", 1)[1].split("\n## ", 1)[0]


class Index(ast.NodeVisitor):
    """Map each logging call line to (innermost function node, is-coroutine-body)."""

    def __init__(self):
        self.stack = []
        self.calls = {}  # line -> (fn or None, direct_in_coroutine)
        self.coros = []

    def _fn(self, node):
        if isinstance(node, ast.AsyncFunctionDef):
            self.coros.append(node)
        self.stack.append(node)
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = _fn

    def visit_Call(self, node):
        if isinstance(node.func, ast.Attribute) and node.func.attr in LOG_METHODS:
            inner = self.stack[-1] if self.stack else None
            direct = isinstance(inner, ast.AsyncFunctionDef)
            self.calls.setdefault(node.lineno, (inner, direct, ast.unparse(node.func.value)))
        self.generic_visit(node)


def check_repo(repo: Path) -> tuple[Counter, int]:
    problems = 0
    text = (repo / "EXPECTED.md").read_text(encoding="utf-8")
    idx, lines_of = {}, {}
    for py in repo.rglob("*.py"):
        rel = py.relative_to(repo).as_posix()
        src = py.read_text(encoding="utf-8")
        lines_of[rel] = src.splitlines()
        ix = Index()
        ix.visit(ast.parse(src))
        idx[rel] = ix

    def bad(msg):
        nonlocal problems
        problems += 1
        print(f"  PROBLEM {repo.name}: {msg}")

    counts = Counter()
    seen_coro = set()
    mentioned = set()
    for line in section(text, "Findings").splitlines():
        m = FINDING.match(line)
        if not m:
            continue
        path, row, code = m[1], int(m[2]), m[3]
        counts[code] += 1
        if path not in lines_of:
            bad(f"{path} does not exist")
            continue
        if not 1 <= row <= len(lines_of[path]):
            bad(f"{path}:{row} out of range")
            continue
        src_line = lines_of[path][row - 1].strip()
        mentioned.add((path, row))
        call = idx[path].calls.get(row)
        if code in ("ASL101", "ASL102") or (code == "ASL108" and call):
            if not call or not call[1]:
                bad(f"{path}:{row} {code} is not a logging call directly in a coroutine: {src_line}")
                continue
            fn = call[0]
            key = (path, fn.lineno, "loguru" if code == "ASL108" else "stdlib")
            if key in seen_coro:
                bad(f"{path}:{row} second {code} in coroutine {fn.name}")
            seen_coro.add(key)
            if code == "ASL108" and call[2] != "logger":
                bad(f"{path}:{row} ASL108 on a call whose receiver is {call[2]!r}")
            earlier = [n for n, c in idx[path].calls.items() if c[0] is fn and n < row]
            for n in earlier:
                if f"{path}:{n} " not in text:
                    bad(f"{path}:{row} {code}: earlier logging call at :{n} in {fn.name} not explained")
        elif code == "ASL108":
            if "logger.add(" not in src_line:
                bad(f"{path}:{row} ASL108 site is not logger.add: {src_line}")
        elif code == "ASL103":
            if not SETUP.search(src_line):
                bad(f"{path}:{row} ASL103 does not look like a set-up site: {src_line}")
        else:
            bad(f"{path}:{row} unexpected code {code}")

    for name in ("Must not be flagged", "Uncertain"):
        for line in section(text, name).splitlines():
            m = OTHER.match(line)
            if not m:
                continue
            path, row = m[1], int(m[2])
            if path not in lines_of or not 1 <= row <= len(lines_of[path]):
                bad(f"{name}: {path}:{row} missing or out of range")
                continue
            if (path, row) in mentioned:
                bad(f"{name}: {path}:{row} is also a finding")
            mentioned.add((path, row))
            if name == "Must not be flagged" and "ASL101" in line:
                call = idx[path].calls.get(row)
                if not call:
                    bad(f"{name}: {path}:{row} claims a logging call but there is none")

    for path, ix in sorted(idx.items()):
        for fn in ix.coros:
            rows = sorted(n for n, c in ix.calls.items() if c[0] is fn)
            if rows and not any((path, n) in mentioned for n in rows):
                print(f"  note {repo.name}: coroutine {path}:{fn.lineno} {fn.name} logs at {rows} "
                      "but EXPECTED.md does not mention it")
    return counts, problems


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    total, problems = Counter(), 0
    for repo in sorted(p for p in corpus.iterdir() if (p / "EXPECTED.md").is_file()):
        if not (repo / "pyproject.toml").is_file():
            print(f"  PROBLEM {repo.name}: no pyproject.toml")
            problems += 1
        counts, n = check_repo(repo)
        total += counts
        problems += n
        print(f"{repo.name}: " + ", ".join(f"{c} {counts[c]}" for c in sorted(counts)) +
              f" (= {sum(counts.values())})")
    print("TOTAL: " + ", ".join(f"{c} {total[c]}" for c in sorted(total)) +
          f" (= {sum(total.values())}); problems: {problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
