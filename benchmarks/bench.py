#!/usr/bin/env python3
"""Speed benchmark of flake8-asynclog against bare flake8 (SPEC §6 "Speed").

Run from anywhere: ``python benchmarks/bench.py [--runs N] [--scale K]``.

What it does, in one run:

1. Builds a corpus from the running Python's standard library: the ``.py``
   files of a fixed list of packages (asyncio, logging, concurrent, http,
   email, json, urllib, unittest, importlib, multiprocessing, xml, then a few
   more to reach ``--files``, default 200), test folders left out, sorted, so
   the slice is the same on every run of a given Python. The files are copied
   into a temporary folder ``corpus-x1/copy1`` next to a ``setup.cfg`` with an
   empty ``[flake8]`` section, so no configuration of the repository (or above
   the temp dir) applies, and the folder is a project root, as in real use:
   the plugin's project scan reads the project's other modules once per
   process (``--loose`` puts a ``.flake8`` there instead, which is no project
   marker, so the scan finds no root). ``--scale K`` builds a second project,
   ``corpus-xK/copy1..copyK``, with K copies of the same files.
2. Creates (once, in a cache folder) two virtualenvs with the running Python:
   ``plugin`` (this repository installed from a copy, non-editable, with its
   dependencies) and ``bare`` (flake8 alone, pinned to exactly the flake8,
   pycodestyle, pyflakes and mccabe versions the plugin venv resolved). The
   plugin venv is reinstalled when the package's sources change.
3. Times whole processes, interleaved (bare, plugin, fixer, bare, plugin,
   fixer, ...) after one untimed warm-up round:

   * ``flake8 -j1 PATHS`` in the bare venv and in the plugin venv. The command
     lines are identical: flake8 >= 6 adds an installed plugin's entry-point
     code (``ASL``) to the default selection, so no ``--select`` is passed to
     either; the plugin run reports flake8's findings plus the ASL ones;
   * ``python -m flake8_asynclog.fix --diff PATHS`` in the plugin venv;

   at scale 1 and at scale K, and reports medians of the wall time (and, as
   a figure less sensitive to other load on the machine, of the child's CPU
   time, user + system). The peak RSS of each child is read from
   ``os.wait4()`` (the child's own ``ru_maxrss``).
4. Prints the table of medians and the ratios against the targets of SPEC §6:
   plugin overhead <= 1.05x bare flake8, ``fix --diff`` <= 1.0x bare flake8,
   fixer peak RSS < 150 MB, and the scale-K / scale-1 ratios (files, lines,
   seconds) that show the cost is linear in the input.

Nothing is asserted: ``--check`` makes the exit status 1 when a target is
missed (for a person to run, never in a timed test). Network access is needed
the first time (pip installs into the cache venvs).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench_corpus import build_corpus
from bench_report import report, sanity
from bench_timing import Command, instructions, measure
from bench_venvs import prepare_venvs, venv_python, venv_script


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "flake8-asynclog-bench"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/bench.py",
        description="Time flake8 -j1 with and without flake8-asynclog, and the fixer's --diff, "
        "over a slice of the running Python's standard library; print medians and ratios.",
    )
    parser.add_argument(
        "--runs",
        type=_positive,
        default=5,
        metavar="N",
        help="timed rounds; medians are reported (default: 5)",
    )
    parser.add_argument(
        "--scale",
        type=_positive,
        default=4,
        metavar="K",
        help="also time K copies of the corpus to show the cost is linear "
        "(default: 4; 1 times the single corpus only)",
    )
    parser.add_argument(
        "--files",
        type=_positive,
        default=200,
        metavar="N",
        help="files in the stdlib slice (default: 200)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=default_cache(),
        metavar="DIR",
        help=f"where the two venvs live (default: {default_cache()})",
    )
    parser.add_argument(
        "--flake8-version",
        metavar="V",
        help="pin flake8 in both venvs (default: what pip resolves)",
    )
    parser.add_argument("--rebuild", action="store_true", help="recreate both venvs")
    parser.add_argument(
        "--loose",
        action="store_true",
        help="no project root marker in the corpus (the plugin's project scan finds no root)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a target of SPEC §6 is missed"
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions of one bare and one plugin flake8 run at x1 "
        "(valgrind; slow, but free of timing noise)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show the set-up commands")
    return parser.parse_args(argv)


def count_instructions(
    commands: dict[tuple[str, int], Command], results: dict[str, object]
) -> list[str]:
    """One valgrind-counted run of bare and plugin flake8 at x1: the deterministic ratio."""
    print("bench: counting instructions (valgrind)", file=sys.stderr, flush=True)
    counts = {
        name: instructions(commands[name, 1].argv, commands[name, 1].cwd)
        for name in ("bare", "plugin")
    }
    bare, plugin = counts["bare"], counts["plugin"]
    if bare is None or plugin is None:
        return ["", "instructions: valgrind not found or it printed no count"]
    results["instructions"] = {"bare": bare, "plugin": plugin, "ratio": plugin / bare}
    return [
        "",
        f"instructions at x1 (valgrind): plugin {plugin:,} / bare {bare:,} = {plugin / bare:.3f}x",
    ]


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"
    except (AttributeError, OSError):
        return "n/a"


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    scales = sorted({1, args.scale})
    with tempfile.TemporaryDirectory(prefix="asynclog-bench-") as tmp:
        workdir = Path(tmp)
        bare_venv, plugin_venv, versions = prepare_venvs(
            args.cache_dir.resolve(),
            workdir,
            args.flake8_version,
            args.rebuild,
            not args.verbose,
        )
        corpus = build_corpus(workdir, args.files, scales, args.loose)
        context = {
            "layout": "loose folder (.flake8, no project root marker: no project scan)"
            if args.loose
            else "project (setup.cfg at the corpus root: the plugin scans the project)",
            "load average before": _load(),
        }
        commands: dict[tuple[str, int], Command] = {}
        for scale in scales:
            paths, cwd = corpus.copies(scale), corpus.roots[scale]
            flake8_bare = str(venv_script(bare_venv, "flake8"))
            flake8_plugin = str(venv_script(plugin_venv, "flake8"))
            fixer = [str(venv_python(plugin_venv)), "-m", "flake8_asynclog.fix", "--diff"]
            commands["bare", scale] = Command("bare", [flake8_bare, "-j1", *paths], scale, cwd)
            commands["plugin", scale] = Command(
                "plugin", [flake8_plugin, "-j1", *paths], scale, cwd
            )
            commands["fix", scale] = Command("fix", [*fixer, *paths], scale, cwd)
        print(
            f"bench: {len(corpus.files)} files, {corpus.lines} lines per copy; "
            f"scales {scales}; {args.runs} runs",
            file=sys.stderr,
        )
        measure(list(commands.values()), args.runs, workdir)
        notes = sanity(commands, scales)
        context["load average after"] = _load()
        lines, results = report(corpus, commands, scales, args.runs, versions, context)
        if args.instructions:
            lines += count_instructions(commands, results)
    print()
    print("\n".join(lines))
    print()
    print("what the runs found:")
    print("\n".join(notes))
    if args.json:
        results["corpus"] = {
            "files": len(corpus.files),
            "lines": corpus.lines,
            "packages": list(corpus.packages),
        }
        results["python"] = platform.python_version()
        results["cpus"] = os.cpu_count()
        results["versions"] = versions
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if args.check and not results["all_targets_met"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
