#!/usr/bin/env python3
"""Mechanical checks of the corpus EXPECTED.md files.

    python3 _tools/check_expected.py [TRACE_DIR]     (from /work/blind10e)

1. every Findings / Must-not / Uncertain line names an existing file and line;
2. ASL101/ASL102 lines are stdlib-logging method calls in a coroutine body (not a nested
   def / lambda / class), at most one per coroutine; earlier logging calls in the same
   coroutine are printed so the reason ("does not reach ...") can be checked by eye;
3. ASL103 lines are set-up sites (addHandler / basicConfig / dictConfig / fileConfig call,
   `.handlers = [...]` assignment, or a `LOGGING = {` settings dict);
4. with TRACE_DIR (from run_all.sh): the runtime truth (asltrace + summarize) agrees with the
   expected code per coroutine, and every set-up that runtime saw reached from a coroutine
   is expected (or is listed as Uncertain / explained).
Also lists coroutines that contain logging calls and are mentioned nowhere in EXPECTED.md.
"""
import ast
import json
import pathlib
import re
import sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
LOGMETHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
SETUP_CALLS = {"addHandler", "basicConfig", "dictConfig", "fileConfig"}
FIND = re.compile(r"^([\w./-]+\.py):(\d+) (ASL\d{3})\b")
MUSTNOT = re.compile(r"^([\w./-]+\.py):(\d+)\s")
UNSURE = re.compile(r"^([\w./-]+\.py):(\d+)\s+(ASL\d{3})\?")
problems = []


def coroutine_calls(tree):
    """(async def node, [logging call nodes in its body]) for every coroutine."""
    out = []

    def body_calls(fn):
        calls = []
        stack = list(ast.iter_child_nodes(fn))
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in LOGMETHODS:
                calls.append(node)
            stack.extend(ast.iter_child_nodes(node))
        return sorted(calls, key=lambda c: (c.lineno, c.col_offset))

    for node in ast.walk(tree):
        if isinstance(node, ast.AsyncFunctionDef):
            out.append((node, body_calls(node)))
    return out


def setup_lines(tree):
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name in SETUP_CALLS:
                lines.add(node.lineno)
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and target.attr == "handlers":
                    lines.add(node.lineno)
                if isinstance(target, ast.Name) and target.id == "LOGGING" and isinstance(node.value, ast.Dict):
                    lines.add(node.lineno)
    return lines


def section(text, name):
    if f"## {name}" not in text:
        return []
    return text.split(f"## {name}", 1)[1].split("\n## ", 1)[0].splitlines()


def check_repo(repo, trace_dir):
    text = (repo / "EXPECTED.md").read_text()
    for head in ("## Programs", "## Findings", "## Must not be flagged"):
        if head not in text:
            problems.append(f"{repo.name}: missing section {head}")
    want = [FIND.match(l) for l in section(text, "Findings")]
    want = [(m[1], int(m[2]), m[3]) for m in want if m]
    mustnot = [(m[1], int(m[2])) for l in section(text, "Must not be flagged") if (m := MUSTNOT.match(l))]
    unsure = [(m[1], int(m[2]), m[3]) for l in section(text, "Uncertain") if (m := UNSURE.match(l))]
    trees = {}

    def tree(path):
        if path not in trees:
            file = repo / path
            if not file.is_file():
                problems.append(f"{repo.name}: no file {path}")
                trees[path] = None
            else:
                trees[path] = ast.parse(file.read_text(), str(file))
        return trees[path]

    per_coro = defaultdict(list)
    for path, line, code in want:
        t = tree(path)
        if t is None:
            continue
        if code in ("ASL101", "ASL102"):
            hit = [(fn, calls) for fn, calls in coroutine_calls(t) if any(c.lineno == line for c in calls)]
            if not hit:
                problems.append(f"{repo.name}: {path}:{line} {code} is not a logging call in a coroutine body")
                continue
            fn, calls = hit[0]
            per_coro[(path, fn.lineno)].append(line)
            earlier = [c.lineno for c in calls if c.lineno < line]
            if earlier:
                print(f"   note {repo.name}: {path}:{line} {fn.name}: earlier logging calls at {earlier} (must not reach)")
        elif code == "ASL103":
            if line not in setup_lines(t):
                problems.append(f"{repo.name}: {path}:{line} ASL103 is not a set-up site")
        else:
            problems.append(f"{repo.name}: {path}:{line} unexpected code {code}")
    for key, lines in per_coro.items():
        if len(lines) > 1:
            problems.append(f"{repo.name}: coroutine at {key} expected more than once: {lines}")
    for path, line in mustnot + [(p, l) for p, l, _ in unsure]:
        t = tree(path)
        if t is not None and line > len((repo / path).read_text().splitlines()):
            problems.append(f"{repo.name}: {path}:{line} beyond end of file")
    if len(set(want)) != len(want):
        problems.append(f"{repo.name}: duplicate findings")
    # coroutines with logging calls that EXPECTED.md does not mention at all
    mentioned = {(p, l) for p, l, _ in want} | set(mustnot) | {(p, l) for p, l, _ in unsure}
    for file in sorted(repo.rglob("*.py")):
        rel = file.relative_to(repo).as_posix()
        for fn, calls in coroutine_calls(tree(rel)):
            if calls and not any((rel, c.lineno) in mentioned for c in calls):
                print(f"   unmentioned {repo.name}: {rel}:{fn.lineno} {fn.name} logs at {[c.lineno for c in calls]}")
    counts = {c: sum(1 for w in want if w[2] == c) for c in ("ASL101", "ASL102", "ASL103")}
    # runtime truth
    if trace_dir:
        trace = pathlib.Path(trace_dir) / f"{repo.name}.jsonl"
        truth_coro, truth_sites = runtime_truth(trace) if trace.exists() else ({}, {})
        exp_coro = {}
        for path, line, code in want:
            if code != "ASL103":
                for fn, calls in coroutine_calls(tree(path)):
                    if any(c.lineno == line for c in calls):
                        start = min([d.lineno for d in fn.decorator_list] + [fn.lineno])  # = co_firstlineno
                        exp_coro[(path, start)] = (line, code)
        for key, (first, code) in truth_coro.items():
            got = exp_coro.get(key)
            if got is None:
                if not any(u[0] == key[0] and u[2] == code for u in unsure):
                    problems.append(f"{repo.name}: runtime: coroutine {key} reaches ({code} at {first}) but is not expected")
            elif got[1] != code:
                problems.append(f"{repo.name}: runtime says {code} for {key}, expected {got}")
            elif got[0] != first:
                print(f"   note {repo.name}: {key[0]}:{got[0]} expected; first *executed* reaching call is {first}")
        for key, (line, code) in exp_coro.items():
            if key not in truth_coro:
                problems.append(f"{repo.name}: {key[0]}:{line} {code} expected but never reached at run time")
        exp_sites = {(p, l) for p, l, c in want if c == "ASL103"}
        for site in truth_sites:
            if site not in exp_sites and not any((u[0], u[1]) == site for u in unsure):
                print(f"   site {repo.name}: runtime set-up {site[0]}:{site[1]} reached from coroutines, not in Findings (explain)")
        for site in exp_sites - set(truth_sites):
            print(f"   site {repo.name}: expected ASL103 {site[0]}:{site[1]} not attributed at run time (explain)")
    return counts


def runtime_truth(trace):
    nonblocking = {"queue", "null", "memory", "custom:RecordingHandler"}
    lines = defaultdict(lambda: defaultdict(set))
    sites = set()
    for raw in trace.read_text().splitlines():
        e = json.loads(raw)
        if not e["coro"] or e["file"].startswith("/") or e["kind"] in nonblocking:
            continue
        lines[(e["file"], e["def"])][e["line"]].add(e["kind"])
        sites.add(tuple(e["site"]))
    truth = {}
    for key, per_line in lines.items():
        first = min(per_line)
        truth[key] = (first, "ASL102" if per_line[first] <= {"stream"} else "ASL101")
    return truth, sites


def main():
    trace_dir = sys.argv[1] if len(sys.argv) > 1 else None
    total = defaultdict(int)
    for repo in sorted(p for p in ROOT.iterdir() if (p / "EXPECTED.md").is_file()):
        counts = check_repo(repo, trace_dir)
        print(f"{repo.name}: " + ", ".join(f"{c} {n}" for c, n in counts.items()))
        for c, n in counts.items():
            total[c] += n
    print("total:", dict(total), "=", sum(total.values()))
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
