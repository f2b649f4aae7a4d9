#!/usr/bin/env python3
"""Summarise asltrace JSON lines into per-coroutine ASL101/ASL102 and per-site ASL103 truth.

    python3 summarize.py TRACE.jsonl [--nonblocking ClassName,...]
"""
import json
import sys
from collections import defaultdict

nonblocking = {"queue", "null", "memory"}
args = sys.argv[1:]
if "--nonblocking" in args:
    i = args.index("--nonblocking")
    nonblocking |= {"custom:" + n for n in args[i + 1].split(",")}
    del args[i:i + 2]
events = [json.loads(l) for l in open(args[0])]
coros = defaultdict(lambda: defaultdict(set))   # (file, def, func) -> line -> kinds
progs = defaultdict(set)
sites = defaultdict(set)
quiet = defaultdict(set)
for e in events:
    if not e["coro"] or e["file"].startswith("/"):
        continue
    key = (e["file"], e["def"], e["func"])
    progs[key].add(e["program"])
    if e["kind"] in nonblocking:
        quiet[key].add(e["line"])
        continue
    coros[key][e["line"]].add(e["kind"])
    sites[tuple(e["site"])].add(key)
allkeys = sorted(set(coros) | set(quiet))
for key in allkeys:
    lines = coros.get(key, {})
    if not lines:
        print(f"  clean  {key[0]}:{sorted(quiet[key])} {key[2]} (only non-blocking)")
        continue
    first = min(lines)
    kinds = lines[first]
    code = "ASL102" if kinds <= {"stream", "lastresort"} else "ASL101"
    warn = ""
    if len({frozenset(v) for v in lines.values()}) > 1:
        warn = f"  !! mixed kinds {dict((k, sorted(v)) for k, v in lines.items())}"
    if "lastresort" in kinds:
        warn += "  !! lastResort"
    early = sorted(l for l in quiet.get(key, ()) if l < first)
    more = len(lines) - 1
    print(f"{key[0]}:{first} {code}  {key[2]} {sorted(kinds)} +{more} more"
          f"{'  quiet-before ' + str(early) if early else ''}  [{'; '.join(sorted(progs[key]))}]{warn}")
print("sites:")
for site, keys in sorted(sites.items()):
    print(f"{site[0]}:{site[1]} ASL103  reached by {len(keys)} coroutine(s)")
