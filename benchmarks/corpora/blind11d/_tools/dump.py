#!/usr/bin/env python3
"""Print, for one repository, every coroutine with the lines of its logging calls, and every
line that looks like a logging set-up site. Used to write EXPECTED.md line numbers."""

import ast
import re
import sys
from pathlib import Path

LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log",
               "success", "trace"}
SETUP = re.compile(r"addHandler\(|basicConfig\(|dictConfig\(|fileConfig\(|\.install\(|setup_logging\(|"
                   r"^LOGGING = \{|uvicorn\.run\(|logconfig_dict = \{|logger\.add\(|\.handlers = \[|"
                   r"\.run\(|LoggingConfig\(|sentry_sdk\.init\(")


class Calls(ast.NodeVisitor):
    """Logging-method calls in a coroutine body, not descending into nested defs/lambdas/classes."""

    def __init__(self):
        self.lines = []

    def generic_visit(self, node):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) \
                    and child.func.attr in LOG_METHODS:
                self.lines.append((child.lineno, ast.unparse(child.func)))
            self.generic_visit(child)


def coroutines(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.AsyncFunctionDef):
            c = Calls()
            c.generic_visit(node)
            yield node, sorted(c.lines)


def main(repo: Path):
    for py in sorted(repo.rglob("*.py")):
        rel = py.relative_to(repo).as_posix()
        text = py.read_text(encoding="utf-8")
        tree = ast.parse(text)
        out = []
        for fn, lines in coroutines(tree):
            calls = ", ".join(f"{n}:{f}" for n, f in lines)
            out.append(f"  async {fn.name} (def {fn.lineno}): {calls}")
        for n, line in enumerate(text.splitlines(), 1):
            if SETUP.search(line):
                out.append(f"  setup? {n}: {line.strip()[:90]}")
        if out:
            print(rel)
            print("\n".join(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
