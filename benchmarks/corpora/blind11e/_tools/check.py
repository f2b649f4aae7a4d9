#!/usr/bin/env python3
"""Mechanical check of every EXPECTED.md in the corpus (run from anywhere).

For each `path:LINE` in ## Findings, ## Must not be flagged and ## Uncertain:
- the file and line exist, and no `@anchor@` is left unresolved;
- ASL101 / ASL102 / ASL108: the line holds a logging-method call whose innermost enclosing
  function is an `async def` (not a nested def / lambda / class), the call is the first logging
  call of that coroutine body unless the reason says why not ("first *reaching*"), and no
  coroutine is listed twice for the same code;
- ASL103: the line holds a set-up construct (addHandler, basicConfig, dictConfig, fileConfig,
  `.handlers = [`, coloredlogs.install, setup_logging, uvicorn.run, Client.run,
  `LOGGING = {`, `logconfig_dict = {`); ASL108 may also sit on a `logger.add(` line.
Prints the totals per code and per repository.
"""
from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^([\w./-]+):(\d+)\s+(ASL\d{3})?")
ANY = re.compile(r"^([\w./-]+):(\S+)")
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log",
               "success", "trace"}
SETUP = ("addHandler(", "basicConfig(", "dictConfig(", "fileConfig(", ".handlers = [",
         ".install(", "setup_logging(", "uvicorn.run(", ".run(", "LOGGING = {",
         "logconfig_dict = {")


def sections(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    cur = None
    for line in text.splitlines():
        if line.startswith("## "):
            cur = line[3:].strip()
            out[cur] = []
        elif cur:
            out[cur].append(line)
    return out


class Index:
    def __init__(self, path: Path) -> None:
        self.lines = path.read_text(encoding="utf-8").splitlines()
        self.tree = ast.parse("\n".join(self.lines), filename=str(path))
        self.parent: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node

    def scope(self, node: ast.AST) -> ast.AST | None:
        cur = self.parent.get(node)
        while cur is not None and not isinstance(
            cur, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
        ):
            cur = self.parent.get(cur)
        return cur

    def log_calls(self):
        for node in ast.walk(self.tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in LOG_METHODS):
                yield node


def check_repo(repo: Path, totals: Counter) -> int:
    errors = 0
    text = (repo / "EXPECTED.md").read_text(encoding="utf-8")
    if "@" in "".join(l for l in text.splitlines() if ANY.match(l) and ":@" in l):
        print(f"{repo.name}: unresolved anchor")
        errors += 1
    secs = sections(text)
    for need in ("Programs (how to run, from the repository folder)", "Findings (per-coroutine default)",
                 "Must not be flagged"):
        if need not in secs:
            print(f"{repo.name}: missing section {need!r}")
            errors += 1
    if not (repo / "pyproject.toml").is_file():
        print(f"{repo.name}: no pyproject.toml")
        errors += 1
    cache: dict[str, Index] = {}
    seen_coro: set[tuple[str, int, str]] = set()
    per = Counter()
    for name, lines in secs.items():
        for line in lines:
            m = LINE.match(line)
            if not m:
                continue
            path, row, code = m[1], int(m[2]), m[3]
            f = repo / path
            if not f.is_file():
                print(f"{repo.name}: {path} missing")
                errors += 1
                continue
            if path not in cache:
                try:
                    cache[path] = Index(f)
                except SyntaxError as exc:
                    print(f"{repo.name}: {path} does not parse: {exc}")
                    errors += 1
                    continue
            idx = cache[path]
            if not 1 <= row <= len(idx.lines):
                print(f"{repo.name}: {path}:{row} beyond end")
                errors += 1
                continue
            if not name.startswith("Findings") or code is None:
                continue
            per[code] += 1
            src = idx.lines[row - 1]
            if code in ("ASL101", "ASL102", "ASL108"):
                if code == "ASL108" and "logger.add(" in src:
                    continue
                calls = [c for c in idx.log_calls() if c.lineno == row]
                if not calls:
                    print(f"{repo.name}: {path}:{row} {code}: no logging call on the line: {src.strip()}")
                    errors += 1
                    continue
                coro = idx.scope(calls[0])
                if not isinstance(coro, ast.AsyncFunctionDef):
                    print(f"{repo.name}: {path}:{row} {code}: not directly in an async def")
                    errors += 1
                    continue
                key = (path, coro.lineno, code)
                if key in seen_coro:
                    print(f"{repo.name}: {path}:{row} {code}: coroutine {coro.name} listed twice")
                    errors += 1
                seen_coro.add(key)
                own = [c for c in idx.log_calls() if idx.scope(c) is coro]
                first = min(own, key=lambda c: (c.lineno, c.col_offset))
                if first.lineno != row and "first *reaching*" not in line:
                    print(f"{repo.name}: {path}:{row} {code}: not the first logging call of "
                          f"{coro.name} (that is line {first.lineno})")
                    errors += 1
            elif code == "ASL103":
                if not any(tok in src for tok in SETUP):
                    print(f"{repo.name}: {path}:{row} ASL103: no set-up construct: {src.strip()}")
                    errors += 1
    totals.update(per)
    print(f"{repo.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(per.items())) +
          f"  (total {sum(per.values())})")
    return errors


def main() -> int:
    totals: Counter = Counter()
    errors = 0
    repos = sorted(p for p in BASE.iterdir() if (p / "EXPECTED.md").is_file())
    for repo in repos:
        errors += check_repo(repo, totals)
    print("all:", ", ".join(f"{k} {v}" for k, v in sorted(totals.items())),
          f"(total {sum(totals.values())}, {len(repos)} repositories)")
    # every .py in the corpus must parse on this interpreter
    for f in sorted(BASE.rglob("*.py")):
        try:
            ast.parse(f.read_text(encoding="utf-8"), filename=str(f))
        except SyntaxError as exc:
            print(f"does not parse: {f.relative_to(BASE)}: {exc}")
            errors += 1
    print("errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
