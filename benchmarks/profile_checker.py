#!/usr/bin/env python3
"""Where the plugin's time goes, over the corpus of ``bench.py``.

Run with an interpreter where flake8-asynclog is importable (the dev venv)::

    python benchmarks/profile_checker.py [--files N] [--scale K] [--loose] [--top N]

It copies the same stdlib slice as ``bench.py`` into a temporary project,
then, for each file as flake8 would hand it over (decoded lines, parsed tree),
times the text pre-check ``relevant()`` and the plugin's ``run()`` (what flake8
calls, which runs ``checker.analyze``): once without a profiler, once under
cProfile (per-process caches cleared in between). It prints which files
pass the pre-check and what they cost, then the functions with the highest cumulative and own
time. Parsing is timed too but not counted: flake8 parses every file anyway
and hands the tree to the plugin.
"""

from __future__ import annotations

import argparse
import ast
import cProfile
import importlib
import io
import pstats
import sys
import tempfile
import time
import tokenize
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_corpus  # the corpus is built the same way as the benchmark's


def reset_caches() -> None:
    """Forget the plugin's per-process caches (the project index), if it has any."""
    try:
        from flake8_asynclog.model import scan
    except ImportError:
        return
    for name in dir(scan):
        value = getattr(scan, name)
        if name.startswith("_") and not name.startswith("__") and isinstance(value, dict):
            value.clear()


#: (label, file suffix, function) of the parts of the plugin's work worth a line each.
PHASES = (
    ("model: Model() (syntax walk + reading every call)", "model/__init__.py", "__init__"),
    ("  syntax walk (builder.collect)", "model/builder.py", "collect"),
    ("rules: blocking.check", "rules/blocking.py", "check"),
    ("rules: handlers.check", "rules/handlers.py", "check"),
    ("rules: starter.check", "rules/starter.py", "check"),
    ("rules: queues.check", "rules/queues.py", "check"),
    ("project index (inside the first rule that asks)", "model/scan.py", "build_index"),
    ("Evaluator.returned (all callers)", "model/evaluate.py", "returned"),
    ("Evaluator.value (all callers)", "model/evaluate.py", "value"),
)


def time_project_index(path: Path, settings: Any) -> str | None:
    """How long the plugin's project index takes to build, alone (``None``: no such index)."""
    try:
        from flake8_asynclog.model import scan
    except ImportError:
        return None
    index_for = getattr(scan, "index_for", None)
    if index_for is None:
        return None
    reset_caches()
    start = time.perf_counter()
    index = index_for(str(path), settings)
    seconds = time.perf_counter() - start
    if index is None:
        return f"project index: none (no project root found), {seconds * 1000:.1f} ms"
    listed = len(scan.project_files(index.root, settings))
    return (
        f"project index (built once per process, on the first file that asks): "
        f"{seconds:.3f}s; {listed} project files listed, {len(index.modules)} summarised"
    )


def read_lines(path: Path) -> list[str]:
    """The file's lines as flake8's FileProcessor reads them (PEP 263 decoding)."""
    with path.open("rb") as handle:
        encoding, _ = tokenize.detect_encoding(handle.readline)
    return path.read_text(encoding=encoding).splitlines(keepends=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/profile_checker.py")
    parser.add_argument("--files", type=int, default=200, help="stdlib files (default: 200)")
    parser.add_argument("--scale", type=int, default=1, help="copies of the corpus (default: 1)")
    parser.add_argument("--loose", action="store_true", help="no project root marker")
    parser.add_argument("--top", type=int, default=25, help="rows of each profile table")
    parser.add_argument("--save", type=Path, metavar="FILE", help="write the pstats data here")
    args = parser.parse_args(argv)

    from flake8_asynclog import checker, precheck
    from flake8_asynclog.plugin import Plugin

    # The options flake8 hands over with its defaults (no config, no command-line flags).
    exclude = list(importlib.import_module("flake8.defaults").EXCLUDE)
    Plugin.parse_options(argparse.Namespace(exclude=exclude))

    with tempfile.TemporaryDirectory(prefix="asynclog-profile-") as tmp:
        corpus = bench_corpus.build_corpus(Path(tmp), args.files, [args.scale], args.loose)
        root = corpus.roots[args.scale]
        files = sorted(root.rglob("*.py"))
        # Like flake8, one file at a time: read, parse, run the plugin, drop the tree
        # (holding every tree at once would make each garbage collection dearer).
        # Pass 1 is timed without the profiler; pass 2 runs under cProfile, after the
        # per-process caches (project index) are cleared so it does the same work.
        parse_s = pre_s = 0.0
        triggers: Counter[str] = Counter()
        rows: list[tuple[float, int, int, str]] = []  # seconds, lines, findings, path
        run_all_s = 0.0
        for path in files:
            lines = read_lines(path)
            source = "".join(lines)
            start = time.perf_counter()
            tree = ast.parse(source, str(path))
            parse_s += time.perf_counter() - start
            start = time.perf_counter()
            passes = checker.relevant(source)
            pre_s += time.perf_counter() - start
            plugin = Plugin(tree, str(path), lines)
            start = time.perf_counter()
            found = list(plugin.run())
            seconds = time.perf_counter() - start
            run_all_s += seconds
            if passes:
                triggers.update(word for word in ("create_task", "ensure_future") if word in source)
                if precheck.imports_logging(source):
                    triggers["import logging"] += 1
                rows.append((seconds, len(lines), len(found), str(path.relative_to(root))))
            del tree, plugin
        index_note = time_project_index(files[0], Plugin.settings) if files else None
        reset_caches()
        profile = cProfile.Profile()
        for path in files:
            lines = read_lines(path)
            tree = ast.parse("".join(lines), str(path))
            profile.enable()
            list(Plugin(tree, str(path), lines).run())
            profile.disable()
            del tree

    total_lines = corpus.lines * args.scale
    run_s = sum(r[0] for r in rows)
    print(
        f"{len(files)} files, {total_lines} lines; ast.parse (flake8 does it anyway): "
        f"{parse_s:.3f}s"
    )
    print(f"relevant() pre-check: {pre_s * 1000:.1f} ms over all files")
    print(
        f"files passing it: {len(rows)} of {len(files)} "
        f"({sum(r[1] for r in rows)} lines); trigger words: {dict(triggers)}"
    )
    print(
        f"Plugin.run() (no profiler): {run_all_s:.3f}s over all files, {run_s:.3f}s of it on "
        f"those; {sum(r[2] for r in rows)} findings"
    )
    if index_note:
        print(index_note)
    print()
    print(f"{'seconds':>8} {'lines':>6} {'found':>5}  file (top {min(15, len(rows))})")
    for seconds, n_lines, n_found, shown in sorted(rows, reverse=True)[:15]:
        print(f"{seconds:>8.3f} {n_lines:>6} {n_found:>5}  {shown}")
    print()
    raw: dict[tuple[str, int, str], tuple[Any, ...]] = vars(pstats.Stats(profile))["stats"]
    profiled = sum(
        ct
        for (file, _, func), (_, _, _, ct, _) in raw.items()
        if func == "run" and file.endswith("plugin.py")
    )
    print(f"== phases (cumulative, under cProfile: {profiled:.3f}s in Plugin.run) ==")
    for label, file_end, func in PHASES:
        ct = sum(
            v[3]
            for (file, _, name), v in raw.items()
            if name == func and file.replace("\\", "/").endswith(file_end)
        )
        share = f"{ct / profiled:6.1%}" if profiled else ""
        print(f"{ct:>8.3f}s {share}  {label}")
    print()
    for key in ("cumulative", "tottime"):
        buffer = io.StringIO()
        stats = pstats.Stats(profile, stream=buffer)
        stats.strip_dirs().sort_stats(key).print_stats(args.top)
        text = buffer.getvalue()
        print(f"== by {key} ==")
        print(text[text.find("   ncalls") :].rstrip())
        print()
    if args.save:
        profile.dump_stats(str(args.save))
        print(f"pstats data written to {args.save}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
