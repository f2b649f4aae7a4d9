#!/usr/bin/env python3
"""Cross-check a repository's EXPECTED.md against instrumented runs of its programs.

    check.py [REPO ...]        (default: every r* folder beside _tools)

Each program listed in programs.json is run twice in a fresh copy of the repository:
plainly (timed, must finish in < 2 s with exit status 0) and under trace.py. From the
traced runs: per coroutine (code object), the first executed logging call whose record
reaches a blocking handler -> ASL101 (file / network / blocking custom) or ASL102 (streams
only); every attach site of a blocking handler reached from a coroutine -> ASL103
(implicit basicConfig sites excluded). Then compares with the `## Findings` of EXPECTED.md
and lists logging calls inside coroutine bodies that no program executed.
"""
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = json.load(open(os.path.join(HERE, "programs.json")))
CUSTOM = json.load(open(os.path.join(HERE, "custom_kinds.json")))
FINDING = re.compile(r"^([\w./-]+\.py):(\d+) (ASL\d{3})\b")
UNCERTAIN = re.compile(r"^([\w./-]+\.py):(\d+)\s+(ASL\d{3})\?")
NOTFLAG = re.compile(r"^([\w./-]+\.py):(\d+)\s")
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"}
HEAVY = {"file", "network", "custom-file", "custom-network"}


def classify(k):
    if k.startswith("custom:"):
        return CUSTOM.get(k[7:], "unknown")
    return k


def copy_repo(repo):
    tmp = tempfile.mkdtemp(prefix="b10d_")
    dst = os.path.join(tmp, os.path.basename(repo))
    shutil.copytree(repo, dst, ignore=shutil.ignore_patterns("__pycache__", "EXPECTED.md"))
    return tmp, dst


def argv_for(prog):
    mode, target, args = prog["mode"], prog["target"], prog.get("args", [])
    if mode == "script":
        return [target] + args
    if mode == "module":
        return ["-m", target] + args
    mod, func = target.split(":")
    return ["-c", f"import sys; sys.argv=[{func!r}]+{args!r}; from {mod} import {func} as f; sys.exit(f())"]


def run_program(repo, prog):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    tmp, dst = copy_repo(repo)
    try:
        t0 = time.monotonic()
        plain = subprocess.run([sys.executable] + argv_for(prog), cwd=dst, env=env,
                               capture_output=True, text=True, timeout=20)
        elapsed = time.monotonic() - t0
    finally:
        shutil.rmtree(tmp)
    tmp, dst = copy_repo(repo)
    try:
        out = os.path.join(tmp, "trace.json")
        tr = subprocess.run([sys.executable, os.path.join(HERE, "trace.py"), dst, out,
                             prog["mode"], prog["target"]] + prog.get("args", []),
                            cwd=dst, env=env, capture_output=True, text=True, timeout=20)
        data = json.load(open(out))
    finally:
        shutil.rmtree(tmp)
    return plain, elapsed, tr, data


def coroutine_calls(repo):
    """(path, qualname) -> sorted logging-ish call lines inside that coroutine's own body."""
    result = {}
    for dirpath, dirs, files in os.walk(repo):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for fn in files:
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            relp = os.path.relpath(path, repo)
            tree = ast.parse(open(path, encoding="utf-8").read())

            def visit(node, qual, coro_key):
                for child in ast.iter_child_nodes(node):
                    if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        q = (qual + "." if qual else "") + child.name
                        key = (relp, q) if isinstance(child, ast.AsyncFunctionDef) else None
                        if key:
                            result.setdefault(key, [])
                        visit(child, q + ".<locals>", key)
                    elif isinstance(child, ast.ClassDef):
                        visit(child, (qual + "." if qual else "") + child.name, None)
                    elif isinstance(child, ast.Lambda):
                        visit(child, qual + ".<lambda>", None)
                    else:
                        if (coro_key and isinstance(child, ast.Call)
                                and isinstance(child.func, ast.Attribute)
                                and child.func.attr in LOG_METHODS):
                            result[coro_key].append(child.lineno)
                        visit(child, qual, coro_key)

            visit(tree, "", None)
    return {k: sorted(set(v)) for k, v in result.items()}


ENABLED = {}


def level_aware(data):
    """Same derivation, counting only calls enabled at run time and handlers whose level passes."""
    import copy
    d = copy.deepcopy(data)
    calls = []
    for c in d["calls"]:
        if not isinstance(c["enabled"], list):
            continue
        c["reach"] = [r for r in c["reach"] if r[1] in c["enabled"]]
        calls.append(c)
    d["calls"] = calls
    return d


def derive(data, warnings, progname):
    per_coro = {}
    sites = set()
    for c in data["calls"]:
        if not c["coro"]:
            continue
        kinds = set()
        for k, cls, site in c["reach"]:
            kk = classify(k)
            if kk in ("file", "network", "stream", "custom-file", "custom-network", "custom-stream"):
                kinds.add(kk)
                if site[2] != "implicit":
                    sites.add((site[0], site[1], "ASL103"))
            elif kk in ("unknown",) or kk.startswith("memory->"):
                warnings.append(f"{progname}: {c['path']}:{c['line']} reaches {k} ({cls})")
        per_coro.setdefault((c["path"], c["func"]), []).append((c["line"], kinds, c["logger"]))
        if kinds:
            ENABLED.setdefault((c["path"], c["line"]), []).append(c["enabled"])
    findings = {}
    for key, calls in per_coro.items():
        calls.sort()
        first = next(((ln, k, lg) for ln, k, lg in calls if k), None)
        if not first:
            continue
        code = "ASL101" if first[1] & HEAVY else "ASL102"
        for ln, k, lg in calls:
            if ln > first[0] and k and code == "ASL102" and k & HEAVY:
                warnings.append(f"{progname}: MIXED {key}: first {first[0]} streams only, line {ln} heavy")
        findings[key] = (key[0], first[0], code)
    return findings, sites, per_coro


def parse_expected(text):
    body = text.split("## Findings", 1)[1].split("## ", 1)[0]
    want = {(m[1], int(m[2]), m[3]) for line in body.splitlines() if (m := FINDING.match(line))}
    unsure = set()
    if "## Uncertain" in text:
        part = text.split("## Uncertain", 1)[1]
        unsure = {(m[1], int(m[2]), m[3]) for line in part.splitlines() if (m := UNCERTAIN.match(line))}
    notflag = []
    if "## Must not be flagged" in text:
        part = text.split("## Must not be flagged", 1)[1].split("\n## ", 1)[0]
        notflag = [(m[1], int(m[2])) for line in part.splitlines() if (m := NOTFLAG.match(line))]
    return want, unsure, notflag


def check(repo):
    name = os.path.basename(repo)
    progs = PROGRAMS.get(name, [])
    print(f"== {name}: {len(progs)} programs")
    warnings = []
    all_findings = {}
    all_sites = set()
    executed = {}
    for prog in progs:
        plain, elapsed, tr, data = run_program(repo, prog)
        label = prog["name"]
        ok = plain.returncode == 0 and elapsed < 2.0
        print(f"  {label:40s} rc={plain.returncode} {elapsed:.2f}s trace={data['status']} calls={len(data['calls'])}"
              + ("" if ok else "  <-- PROBLEM"))
        if plain.returncode != 0 or "Traceback" in plain.stderr or "Logging error" in plain.stderr:
            print("    stderr:", plain.stderr[-1500:])
        for n in data["noops"]:
            print(f"    no-op basicConfig at {n[0]}:{n[1]}")
        f, s, per = derive(data, warnings, label)
        lf, ls, _ = derive(level_aware(data), [], label)
        la = set(lf.values()) | ls
        if la != set(f.values()) | s:
            print("    level-aware reading differs:", sorted(la ^ (set(f.values()) | s)))
        for key, val in f.items():
            if key in all_findings and all_findings[key] != val:
                warnings.append(f"CONFLICT {key}: {all_findings[key]} vs {val} ({label})")
            all_findings.setdefault(key, val)
        all_sites |= s
        for key, calls in per.items():
            executed.setdefault(key, set()).update(ln for ln, _, _ in calls)
    derived = set(all_findings.values()) | all_sites
    static = coroutine_calls(repo)
    for key, lines in sorted(static.items()):
        missing = [ln for ln in lines if ln not in executed.get(key, set())]
        if missing:
            ran = executed.get(key)
            first_run = min(ran) if ran else None
            tag = "NEVER RAN" if not ran else ("BEFORE FIRST EXECUTED" if any(m < first_run for m in missing) else "later")
            warnings.append(f"unexecuted logging-ish calls in {key[0]}:{key[1]}: {missing} [{tag}]")
    exp_path = os.path.join(repo, "EXPECTED.md")
    if os.path.exists(exp_path):
        want, unsure, notflag = parse_expected(open(exp_path, encoding="utf-8").read())
        for k in sorted(derived - want - unsure):
            print("  derived but not expected:", *k)
        for k in sorted(want - derived):
            print("  expected but not derived:", *k)
        for p, ln in notflag:
            if any(d[0] == p and d[1] == ln for d in derived):
                print(f"  MUST-NOT line {p}:{ln} is derived")
        counts = {c: sum(1 for k in want if k[2] == c) for c in ("ASL101", "ASL102", "ASL103")}
        print(f"  expected {len(want)} {counts}; derived {len(derived)}; uncertain {len(unsure)}")
    else:
        for k in sorted(derived):
            print("  derived:", *k)
    for k in sorted(derived):
        if k[2] != "ASL103":
            states = ENABLED.get((k[0], k[1]), [])
            if any(st == "logger-disabled" for st in states):
                print(f"  LEVEL: {k[0]}:{k[1]} {k[2]} first reaching call is below the logger's level: {states}")
            else:
                print(f"  level ok: {k[0]}:{k[1]} {k[2]} handlers passing: {states[0]}")
    ENABLED.clear()
    for w in warnings:
        print("  warn:", w)


if __name__ == "__main__":
    repos = sys.argv[1:] or sorted(os.path.join(ROOT, d) for d in os.listdir(ROOT) if d.startswith("r"))
    for r in repos:
        check(os.path.abspath(r))
