#!/usr/bin/env python3
"""Speed of the standalone checker and of the project index cache.

Two measurements, each printed as medians and ratios; nothing is asserted
(``--check`` makes the exit status 1 when a bar is missed, for a person to run).

``python benchmarks/bench_checker.py slice [--runs N] [--files N]``
    On the stdlib slice of ``bench.py`` (a project root, so the project scan
    runs), interleaved rounds of: bare ``flake8 -j1``, ``flake8 -j1 --select ASL``
    and ``flake8 -j2 --select ASL`` with the plugin, and the checker
    (``python -m flake8_asynclog``) warm (its cache written by the warm-up round)
    and with ``--no-cache``. Bar: checker <= 0.15x ``flake8 -j1 --select ASL``.

``python benchmarks/bench_checker.py project ROOT FILE [--runs N]``
    One file of a large project, as pre-commit checks it, with the interpreter
    running this script (which must have flake8-asynclog installed): the checker
    cold (the cache folder removed before each run), warm, and in single-file mode
    (``--asynclog-no-project``), and the size of the cache. The warm run is
    timed twice: the first after the cold one (the index is reused, the file's
    findings are computed and kept) and the next (the kept findings are reused).
    Bars: warm <= 2 s and <= 1.2x single-file. The figure in the README is for
    Home Assistant 2025.1.4 (the wheel unpacked, 7,722 files) under Python 3.13.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench import default_cache
from bench_corpus import build_corpus
from bench_timing import Command, measure, run_once
from bench_venvs import prepare_venvs, venv_python, venv_script


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python benchmarks/bench_checker.py")
    parser.add_argument("--runs", type=int, default=5, metavar="N", help="timed rounds")
    parser.add_argument("--check", action="store_true", help="exit 1 when a bar is missed")
    sub = parser.add_subparsers(dest="mode", required=True)
    sliced = sub.add_parser("slice", help="the stdlib slice: checker against flake8")
    sliced.add_argument("--files", type=int, default=200, metavar="N")
    sliced.add_argument("--cache-dir", type=Path, default=default_cache(), metavar="DIR")
    project = sub.add_parser("project", help="one file of a large project: the cache")
    project.add_argument("root", type=Path)
    project.add_argument("file", type=Path, help="relative to ROOT")
    return parser.parse_args(argv)


def ratio(a: Command, b: Command) -> float:
    return a.median / b.median


def slice_bench(args: argparse.Namespace, workdir: Path) -> bool:
    bare_venv, plugin_venv, _ = prepare_venvs(
        args.cache_dir.resolve(), workdir, None, rebuild=False, quiet=True
    )
    corpus = build_corpus(workdir, args.files, [1], loose=False)
    cwd, paths = corpus.roots[1], corpus.copies(1)
    flake8_bare, flake8 = venv_script(bare_venv, "flake8"), venv_script(plugin_venv, "flake8")
    checker = [str(venv_python(plugin_venv)), "-m", "flake8_asynclog"]
    commands = {
        "bare": Command("bare flake8 -j1", [str(flake8_bare), "-j1", *paths], 1, cwd),
        "j1": Command("flake8 -j1 --select ASL", [str(flake8), "-j1", "--select", "ASL", *paths],
                      1, cwd),
        "j2": Command("flake8 -j2 --select ASL", [str(flake8), "-j2", "--select", "ASL", *paths],
                      1, cwd),
        "checker": Command("checker", [*checker, *paths], 1, cwd),
        "no-cache": Command("checker --no-cache", [*checker, "--no-cache", *paths], 1, cwd),
    }  # fmt: skip
    measure(list(commands.values()), args.runs, workdir)
    print(f"stdlib slice: {len(corpus.files)} files, {corpus.lines} lines; {args.runs} runs")
    for command in commands.values():
        print(f"  {command.label:28} {command.median:7.2f} s")
    checker_run = commands["checker"]
    met = ratio(checker_run, commands["j1"]) <= 0.15
    for key in ("j1", "j2", "bare"):
        print(f"  checker / {commands[key].label:26} {ratio(checker_run, commands[key]):.3f}x")
    print(f"  checker --no-cache / flake8 -j1 --select ASL "
          f"{ratio(commands['no-cache'], commands['j1']):.3f}x")  # fmt: skip
    same = {c.stdout.count(b"ASL") for k, c in commands.items() if k != "bare"}
    print(f"  ASL findings: {sorted(same)} (one number: every route found the same)")
    print(f"  bar checker <= 0.15x flake8 -j1 --select ASL: {'met' if met else 'MISSED'}")
    return met


def project_bench(args: argparse.Namespace, workdir: Path) -> bool:
    root, target = args.root.resolve(), str(args.file)
    cache = workdir / "cache"
    checker = [sys.executable, "-m", "flake8_asynclog", "--cache-dir", str(cache)]
    cold = Command("cold (no cache)", [*checker, target], 1, root)
    first = Command("warm, first run (index reused)", [*checker, target], 1, root)
    warm = Command("warm (findings reused)", [*checker, target], 1, root)
    single = Command("single-file mode", [*checker, "--asynclog-no-project", target], 1, root)
    out, err = workdir / "stdout", workdir / "stderr"
    for round_ in range(args.runs + 1):
        shutil.rmtree(cache, ignore_errors=True)
        samples = []
        for command in (cold, first, warm, single):
            samples.append(run_once(command.argv, root, out, err))
            command.stdout = out.read_bytes()
            if round_:
                command.samples.append(samples[-1])
        print(f"bench: round {round_} " + " ".join(f"{s.seconds:.2f}s" for s in samples),
              file=sys.stderr)  # fmt: skip
    size = sum(path.stat().st_size for path in cache.rglob("*.pickle"))
    print(f"{root} / {target}, Python {sys.version.split()[0]}; {args.runs} runs")
    same = len({c.stdout for c in (cold, first, warm, single)}) == 1
    for command in (cold, first, warm, single):
        print(f"  {command.label:32} {command.median:6.2f} s")
    print(f"  the four runs print the same findings: {same}")
    print(f"  first warm run / single-file {ratio(first, single):.2f}x")
    print(f"  warm / single-file {ratio(warm, single):.2f}x; cache {size / 1e6:.1f} MB")
    print(f"  findings (warm): {warm.stdout.decode(errors='replace').count(chr(10))} lines")
    met = warm.median <= 2.0 and ratio(warm, single) <= 1.2
    print(f"  bars warm <= 2 s and <= 1.2x single-file: {'met' if met else 'MISSED'}")
    return met


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="asynclog-bench-") as tmp:
        bench = slice_bench if args.mode == "slice" else project_bench
        met = bench(args, Path(tmp))
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    raise SystemExit(main())
