"""Every finding and every fixed text over some trees, as one JSON file, and a comparison.

A refactor that must not change behaviour is checked with it::

    python benchmarks/snapshot.py write before.json fixtures /path/to/apps
    ... change the code ...
    python benchmarks/snapshot.py compare before.json fixtures /path/to/apps

``write`` records, for each ``.py`` file under the given folders (the standard
library's when ``stdlib`` is given as a folder): every finding (code, line,
column, message, fix data) and a hash of the fixer's output. ``compare``
computes the same and prints every difference; it exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import re
import sys
import sysconfig
from dataclasses import fields
from pathlib import Path
from typing import Any

from flake8_asynclog.checker import analyze
from flake8_asynclog.config import CodeSelection
from flake8_asynclog.fix.pipeline import Options, fix_text
from flake8_asynclog.settings import DEFAULT_SETTINGS

SKIP = {"__pycache__", ".git", ".venv", "venv", "node_modules", "build", "dist"}


def files(folder: str) -> list[Path]:
    root = Path(sysconfig.get_paths()["stdlib"]) if folder == "stdlib" else Path(folder)
    found = []
    for base, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP and d != "site-packages")
        found += [Path(base, n).resolve() for n in sorted(names) if n.endswith(".py")]
    return found


def jsonable(value: Any) -> Any:
    """Fix data holds tuples, frozensets and positions: a stable JSON form of them."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(jsonable(v) for v in value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if dataclasses.is_dataclass(value):
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", type(value).__name__).lower()
        return {"kind": name} | {f.name: jsonable(getattr(value, f.name)) for f in fields(value)}
    return repr(value)


def record(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as error:
        return {"error": type(error).__name__}
    try:
        found = analyze(text, str(path), DEFAULT_SETTINGS)
    except (SyntaxError, ValueError, RecursionError) as error:
        return {"error": type(error).__name__}
    out: dict[str, Any] = {
        "findings": [[f.code, f.line, f.col, f.message, jsonable(f.fix)] for f in found]
    }
    if any(f.fix is not None for f in found):
        fixed = fix_text(text, str(path), Options(DEFAULT_SETTINGS, CodeSelection()))[0]
        out["fixed"] = hashlib.sha256(fixed.encode()).hexdigest()[:16]
    return out


def snapshot(folders: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for folder in folders:
        for path in files(folder):
            entry = record(path)
            if entry.get("findings") or "error" in entry:
                result[str(path)] = entry
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["write", "compare"])
    parser.add_argument("file")
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args(argv)
    now = snapshot(args.folders)
    if args.action == "write":
        Path(args.file).write_text(json.dumps(now, indent=1, sort_keys=True))
        count = sum(len(e.get("findings", [])) for e in now.values())
        print(f"{len(now)} files with findings or errors, {count} findings")
        return 0
    before = json.loads(Path(args.file).read_text())
    now = json.loads(json.dumps(now))
    differ = sorted(p for p in set(before) | set(now) if before.get(p) != now.get(p))
    for path in differ:
        print(f"{path}:\n  before: {before.get(path)}\n  after:  {now.get(path)}")
    print(f"{len(differ)} files differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
