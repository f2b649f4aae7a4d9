#!/usr/bin/env python3
"""Run every program of every repository once, in place, then delete what the runs wrote
(log files, downloads, workspaces, __pycache__). Prints exit status and wall time."""
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from check import argv_for  # noqa: E402

PROGRAMS = json.load(open(os.path.join(HERE, "programs.json")))


def listing(repo):
    out = set()
    for dirpath, dirs, files in os.walk(repo):
        out.add(dirpath)
        out.update(os.path.join(dirpath, f) for f in files)
    return out


worst = 0.0
for name, progs in sorted(PROGRAMS.items()):
    repo = os.path.join(ROOT, name)
    before = listing(repo)
    for prog in progs:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        t0 = time.monotonic()
        res = subprocess.run([sys.executable] + argv_for(prog), cwd=repo, env=env, capture_output=True, text=True, timeout=30)
        dt = time.monotonic() - t0
        worst = max(worst, dt)
        flag = "" if res.returncode == 0 and dt < 2 else "  <-- PROBLEM"
        print(f"{name:22s} {prog['name']:40s} rc={res.returncode} {dt:.2f}s{flag}")
        if res.returncode:
            print(res.stderr[-800:])
    new = sorted(listing(repo) - before, key=len, reverse=True)
    for path in new:
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.exists(path):
            os.remove(path)
    print(f"{name:22s} removed {len(new)} new paths: {sorted(os.path.relpath(p, repo) for p in new if not '__pycache__' in p)}")
print(f"slowest program: {worst:.2f}s")
