#!/usr/bin/env python3
"""Mechanical checks of every <repo>/EXPECTED.md of the corpus.

- every .py file parses (Python 3.11);
- ASL101 / ASL102 lines: the line starts a stdlib-logging-looking call (``x.info(...)``,
  ``logging.warning(...)``, ...) whose innermost enclosing function is an ``async def``
  (not a nested def / lambda / class); at most one ASL101/102 per coroutine; a warning when
  it is not the first logging call of that coroutine (then the reason must say why);
- ASL103 lines: the line starts a statement that is a set-up (addHandler, basicConfig,
  dictConfig, fileConfig, ``.handlers = [...]``, a Django ``LOGGING = {...}``);
- Must-not-be-flagged / Uncertain lines point at an existing line;
- prints the totals per code.
"""
from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"}
SETUP_WORDS = ("addHandler", "basicConfig", "dictConfig", "fileConfig", ".handlers =", "LOGGING = {")
LINE = re.compile(r"^([\w./-]+\.py):(\d+)\s+(ASL\d{3})?")


def parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def enclosing_function(node: ast.AST, up: dict) -> ast.AST | None:
    while node in up:
        node = up[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            return node
    return None


def is_log_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in LOG_METHODS
    )


def section(text: str, title: str) -> list[str]:
    if f"## {title}" not in text:
        return []
    return text.split(f"## {title}", 1)[1].split("\n## ", 1)[0].splitlines()


def main() -> int:
    errors = 0
    totals: Counter[str] = Counter()
    for repo in sorted(p for p in CORPUS.iterdir() if (p / "EXPECTED.md").is_file()):
        if not (repo / "pyproject.toml").is_file():
            print(f"{repo.name}: no pyproject.toml"); errors += 1
        trees = {}
        for py in repo.rglob("*.py"):
            src = py.read_text(encoding="utf-8")
            try:
                trees[py.relative_to(repo).as_posix()] = (ast.parse(src), src.splitlines())
            except SyntaxError as exc:
                print(f"{repo.name}/{py}: {exc}"); errors += 1
        text = (repo / "EXPECTED.md").read_text(encoding="utf-8")
        seen_coroutines: dict[ast.AST, int] = {}
        per_repo: Counter[str] = Counter()
        for title in ("Findings", "Must not be flagged", "Uncertain"):
            for line in section(text, title):
                m = LINE.match(line)
                if not m:
                    continue
                path, row, code = m[1], int(m[2]), m[3]
                where = f"{repo.name}/{path}:{row}"
                if path not in trees:
                    print(f"{where}: no such file"); errors += 1; continue
                tree, lines = trees[path]
                if row > len(lines):
                    print(f"{where}: past the end"); errors += 1; continue
                if title != "Findings":
                    continue
                per_repo[code] += 1
                up = parents(tree)
                if code in ("ASL101", "ASL102"):
                    calls = [n for n in ast.walk(tree) if is_log_call(n) and n.lineno == row]
                    if not calls:
                        print(f"{where}: {code} but no logging call starts here: {lines[row-1].strip()}")
                        errors += 1; continue
                    fn = enclosing_function(calls[0], up)
                    if not isinstance(fn, ast.AsyncFunctionDef):
                        print(f"{where}: {code} not directly in an async def"); errors += 1; continue
                    if fn in seen_coroutines:
                        print(f"{where}: second finding in coroutine {fn.name} (line {seen_coroutines[fn]})")
                        errors += 1
                    seen_coroutines[fn] = row
                    first = min(
                        n.lineno for n in ast.walk(fn)
                        if is_log_call(n) and enclosing_function(n, up) is fn
                    )
                    if first != row:
                        print(f"{where}: note: not the first logging call of {fn.name} (line {first})")
                elif code == "ASL103":
                    stmts = [n for n in ast.walk(tree) if isinstance(n, ast.stmt) and n.lineno == row]
                    seg = "\n".join(lines[row - 1 : (stmts[0].end_lineno if stmts else row)])
                    if not stmts or not any(w in seg for w in SETUP_WORDS):
                        print(f"{where}: ASL103 but no set-up statement starts here: {lines[row-1].strip()}")
                        errors += 1
                else:
                    print(f"{where}: unexpected code {code}"); errors += 1
        totals.update(per_repo)
        print(f"{repo.name}: " + ", ".join(f"{c} {per_repo[c]}" for c in ("ASL101", "ASL102", "ASL103")))
    print("total: " + ", ".join(f"{c} {totals[c]}" for c in ("ASL101", "ASL102", "ASL103"))
          + f" = {sum(totals.values())}")
    print("errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
