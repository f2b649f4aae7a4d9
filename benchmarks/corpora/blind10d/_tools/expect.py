#!/usr/bin/env python3
"""Write each repository's EXPECTED.md from _tools/specs/<repo>.md.

In a spec, `path.py:@substring@` is replaced by `path.py:LINE`, LINE being the only line of
that file containing the substring (an error if none or several do). Then every Findings
line is checked: ASL101/ASL102 lines must hold a logging call inside an `async def` body,
ASL103 lines a set-up call (addHandler / basicConfig / dictConfig / `.handlers =`).
"""
import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REF = re.compile(r"([\w./-]+\.py):@(.+?)@")
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"}


def locate(repo, path, sub):
    lines = open(os.path.join(repo, path), encoding="utf-8").read().splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if sub in line]
    if len(hits) != 1:
        sys.exit(f"{os.path.basename(repo)}: {path}: substring {sub!r} matches lines {hits}")
    return hits[0]


def coroutine_log_lines(tree):
    lines = set()

    def visit(node, in_coro):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.AsyncFunctionDef):
                visit(child, True)
            elif isinstance(child, (ast.FunctionDef, ast.Lambda, ast.ClassDef)):
                visit(child, False)
            else:
                if (in_coro and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                        and child.func.attr in LOG_METHODS):
                    lines.add(child.lineno)
                visit(child, in_coro)

    visit(tree, False)
    return lines


def setup_lines(tree):
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in ("addHandler", "basicConfig", "dictConfig", "fileConfig"):
                lines.add(node.lineno)
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Attribute) and t.attr == "handlers":
                    lines.add(node.lineno)
    return lines


def build(repo):
    name = os.path.basename(repo)
    spec = open(os.path.join(HERE, "specs", name + ".md"), encoding="utf-8").read()
    text = REF.sub(lambda m: f"{m[1]}:{locate(repo, m[1], m[2])}", spec)
    body = text.split("## Findings", 1)[1].split("\n## ", 1)[0]
    trees = {}
    for m in re.finditer(r"^([\w./-]+\.py):(\d+) (ASL\d{3})\b", body, re.M):
        path, line, code = m[1], int(m[2]), m[3]
        if path not in trees:
            trees[path] = ast.parse(open(os.path.join(repo, path), encoding="utf-8").read())
        ok = line in (setup_lines(trees[path]) if code == "ASL103" else coroutine_log_lines(trees[path]))
        if not ok:
            sys.exit(f"{name}: {path}:{line} {code} is not a {'set-up call' if code == 'ASL103' else 'logging call in a coroutine'}")
    with open(os.path.join(repo, "EXPECTED.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
    n = len(re.findall(r"^[\w./-]+\.py:\d+ ASL\d{3}\b", body, re.M))
    print(f"{name}: EXPECTED.md written, {n} findings")


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "specs")) if f.endswith(".md"))
    for n in names:
        build(os.path.join(ROOT, os.path.basename(n.rstrip("/"))))
