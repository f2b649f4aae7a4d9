#!/usr/bin/env python3
"""Check the corpus: AST shape of every expected line, runtime cross-check with
oracle.py, coverage of logging calls in coroutines, timing, then remove the files the
runs wrote.   python3 _tools/check.py [rNN ...]
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gen import CORPUS, load, locate

METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"}
SETUPS = {"addHandler", "basicConfig", "dictConfig", "fileConfig"}
BLOCKING = {"file": "file", "stream": "stream", "net": "net", "memory->file": "file", "memory->stream": "stream"}


def tree_of(path, cache={}):
    if path not in cache:
        cache[path] = ast.parse(path.read_text(encoding="utf-8"))
    return cache[path]


def enclosing(tree):
    """map lineno -> innermost enclosing function node, for call nodes"""
    out = {}

    def walk(node, fn):
        for child in ast.iter_child_nodes(node):
            f = child if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) else fn
            if isinstance(child, ast.Call):
                out.setdefault(child.lineno, []).append((child, fn))
            if isinstance(child, ast.Assign):
                out.setdefault(child.lineno, []).append((child, fn))
            walk(child, f)

    walk(tree, None)
    return out


def is_log_call(node):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in METHODS


def is_setup(node):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in SETUPS
    if isinstance(node, ast.Assign):
        return any(isinstance(t, ast.Attribute) and t.attr == "handlers" for t in node.targets)
    return False


def shape_errors(s):
    errs = []
    for path, needle, code, _ in list(s.FINDINGS) + list(getattr(s, "UNCERTAIN", [])):
        line = locate(s.REPO, path, needle)
        nodes = enclosing(tree_of(CORPUS / s.REPO / path)).get(line, [])
        if code in ("ASL101", "ASL102"):
            ok = any(is_log_call(n) and isinstance(fn, ast.AsyncFunctionDef) for n, fn in nodes)
        else:
            ok = any(is_setup(n) for n, fn in nodes)
        if not ok:
            errs.append(f"shape: {path}:{line} {code} is not a {'logging call in an async def' if code != 'ASL103' else 'set-up call'}")
    return errs


def coroutine_log_calls(repo):
    out = set()
    for path in sorted(repo.rglob("*.py")):
        for line, nodes in enclosing(tree_of(path)).items():
            if any(is_log_call(n) and isinstance(fn, ast.AsyncFunctionDef) for n, fn in nodes):
                out.add((str(path.relative_to(repo)), line))
    return out


def command(run):
    mode, target = run.split(" ", 1)
    if mode == "script":
        return [sys.executable, *target.split()]
    if mode == "module":
        return [sys.executable, "-m", *target.split()]
    mod, func = target.split(":")
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, '.'); from {mod} import {func}; {func}()"]


def oracle_findings(s, records):
    custom = getattr(s, "CUSTOM_KINDS", {})
    per_coro = {}
    setups = set()
    for rec in records:
        if "implicit_basicConfig" in rec:
            print("   NOTE implicit basicConfig at", rec["implicit_basicConfig"])
            continue
        kinds = set()
        for k, sites in rec["handlers"]:
            k = custom.get(k.removeprefix("custom:"), k) if k.startswith("custom:") else k
            if k.startswith("custom:"):
                print("   NOTE unmapped handler", k)
            b = BLOCKING.get(k)
            if b:
                kinds.add(b)
                setups.update(x for x in sites if not x.startswith("<"))
        c = per_coro.setdefault(rec["coro"], {"file": set(), "other": set(), "path": rec["file"]})
        if "file" in kinds:
            c["file"].add(rec["line"])
        elif kinds:
            c["other"].add(rec["line"])
    got = set()
    for c in per_coro.values():
        if c["file"]:
            got.add((c["path"], min(c["file"]), "ASL101"))
        if c["other"]:
            got.add((c["path"], min(c["other"]), "ASL102"))
    for site in setups:
        path, line = site.rsplit(":", 1)
        got.add((path, int(line), "ASL103"))
    return got


def main(names):
    total_ok = True
    for spec_path in sorted((CORPUS / "_tools" / "specs").glob("r*.py")):
        if names and spec_path.stem not in names:
            continue
        s = load(spec_path)
        repo = CORPUS / s.REPO
        print(f"== {s.REPO}")
        before = {p for p in repo.rglob("*")}
        errs = shape_errors(s)
        want = {(p, locate(s.REPO, p, n), c) for p, n, c, _ in s.FINDINGS}
        unsure = {(p, locate(s.REPO, p, n), c) for p, n, c, _ in getattr(s, "UNCERTAIN", [])}
        records = []
        for how, run, _ in s.PROGRAMS:
            if run is None:
                continue
            t0 = time.time()
            res = subprocess.run(command(run), cwd=repo, capture_output=True, text=True, timeout=30)
            dt = time.time() - t0
            if res.returncode != 0 or dt > 2.0:
                errs.append(f"run: {how}: rc={res.returncode} {dt:.2f}s {res.stderr[-800:]}")
            with tempfile.NamedTemporaryFile("r", suffix=".jsonl") as tmp:
                res = subprocess.run([sys.executable, str(CORPUS / "_tools" / "oracle.py"), str(repo), tmp.name, *run.split(" ", 1)[0:1], *run.split(" ", 1)[1].split()],
                                     cwd=repo, capture_output=True, text=True, timeout=30)
                if res.returncode != 0:
                    errs.append(f"oracle: {how}: rc={res.returncode} {res.stderr[-800:]}")
                for line in Path(tmp.name).read_text().splitlines():
                    records.extend(json.loads(line)["records"])
            print(f"   ran {how}: {dt:.2f}s")
        got = oracle_findings(s, records)
        for key in sorted(got - want - unsure):
            errs.append(f"oracle finds, spec lacks: {key}")
        for key in sorted(want - got):
            errs.append(f"spec has, oracle does not: {key}")
        seen = {(r["file"], r["line"]) for r in records if "file" in r}
        for key in sorted(coroutine_log_calls(repo) - seen):
            print(f"   not executed: {key[0]}:{key[1]}")
        for p in sorted(set(repo.rglob("*")) - before, reverse=True):
            if p.is_dir():
                p.rmdir() if not any(p.iterdir()) else None
            else:
                p.unlink()
        for e in errs:
            print("  !", e)
        total_ok &= not errs
        print(f"   findings {len(want)} (" + ", ".join(f"{c} {sum(1 for k in want if k[2] == c)}" for c in ("ASL101", "ASL102", "ASL103")) + f"), uncertain {len(unsure)}")
    print("ALL OK" if total_ok else "PROBLEMS")


if __name__ == "__main__":
    main(sys.argv[1:])
