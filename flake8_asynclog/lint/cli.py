"""``python -m flake8_asynclog`` / ``flake8-asynclog``: check files without flake8.

Exit status: 0 nothing found, 1 findings (0 with ``--exit-zero``), 2 a usage or
configuration error, or a path that could not be read or parsed (one ``E902`` /
``E999`` line each; the other paths are still checked; 2 wins over 1).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import BinaryIO, TextIO

from .. import __version__
from ..commandline import (
    STDIN,
    Unreadable,
    add_plugin_options,
    expand_paths,
    given_options,
    jobs_count,
    unique,
)
from ..config import (
    exclude_patterns,
    load_config,
    make_selection,
    make_settings,
    normalize_path,
    parse_codes,
    parse_list,
)
from ..findings import Finding
from ..options import ConfigError
from . import results as kept_results
from .check import FileResult, LintOptions, Problem, check_data, check_file
from .report import FORMATS

PROG = "flake8-asynclog"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Find asyncio code logging through blocking handlers (flake8-asynclog's "
        "checks, without flake8).",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files, directories, or - (default: .)"
    )
    parser.add_argument("--select", metavar="CODES", help="only these codes (prefixes)")
    parser.add_argument("--ignore", metavar="CODES", help="not these codes (prefixes)")
    parser.add_argument("--extend-select", metavar="CODES", help="codes added to the selection")
    parser.add_argument("--extend-ignore", metavar="CODES", help="codes added to the ignored")
    parser.add_argument("--extend-exclude", metavar="PATTERNS", help="more paths to skip")
    parser.add_argument(
        "-j", "--jobs", type=jobs_count, default=1, metavar="N", help="parallel processes (or auto)"
    )
    parser.add_argument(
        "--format", choices=sorted(FORMATS), default="default", help="output format"
    )
    parser.add_argument("--statistics", action="store_true", help="count findings per code")
    parser.add_argument("--show-source", action="store_true", help="show each finding's line")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    parser.add_argument("--stdin-display-name", default="stdin", metavar="NAME")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    add_plugin_options(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the checker with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    try:
        return run(
            list(sys.argv[1:] if argv is None else argv), sys.stdin.buffer, sys.stdout, sys.stderr
        )
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130


def run(argv: Sequence[str], stdin: BinaryIO, stdout: TextIO, stderr: TextIO) -> int:
    """The whole command, on explicit streams (for tests)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse's usage error (2), --help or --version (0)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        options, patterns = _options(args)
    except ConfigError as exc:
        stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except OSError as exc:
        stderr.write(f"{PROG}: error: cannot read the configuration: {exc}\n")
        return 2
    targets = list(unique(expand_paths(args.paths or ["."], patterns)))
    results = list(_results(targets, options, args.jobs, stdin, args.stdin_display_name))
    keep(results)
    stdout.write(FORMATS[args.format](results, args.show_source))
    if args.statistics and args.format == "default":
        stdout.write(statistics(results))
    if any(r.error is not None for r in results):
        return 2
    return 1 if any(r.findings for r in results) and not args.exit_zero else 0


def keep(results: Sequence[FileResult]) -> None:
    """Keep the findings of the files checked now, for the next run (once, here in the
    main process: ``-j`` workers only read them)."""
    by_file: dict[kept_results.Key, list[tuple[str, bytes, list[Finding]]]] = {}
    for result in results:
        if result.kept is not None:
            key, digest = result.kept
            by_file.setdefault(key, []).append((result.path, digest, result.findings))
    for key, found in by_file.items():
        kept_results.store(key, found)


def _options(args: argparse.Namespace) -> tuple[LintOptions, tuple[str, ...]]:
    config = load_config()

    def codes(value: str | None, name: str) -> tuple[str, ...] | None:
        return None if value is None else parse_codes(value, name)

    selection = make_selection(
        config, codes(args.select, "--select"), codes(args.ignore, "--ignore")
    )
    more_select = codes(args.extend_select, "--extend-select") or ()
    more_ignore = codes(args.extend_ignore, "--extend-ignore") or ()
    selection = type(selection)(
        selection.select,
        (*selection.extend_select, *more_select),
        selection.ignore,
        (*selection.extend_ignore, *more_ignore),
    )
    extra = tuple(normalize_path(p, os.getcwd()) for p in parse_list(args.extend_exclude or ""))
    patterns = (*exclude_patterns(config), *extra)
    settings = make_settings(config, given_options(args))
    if extra:
        settings = type(settings)(**{**settings.__dict__, "exclude": patterns})
    return LintOptions(settings, selection), patterns


def _results(
    targets: Sequence[str], options: LintOptions, jobs: int, stdin: BinaryIO, stdin_name: str
) -> Iterator[FileResult]:
    files = [t for t in targets if t != STDIN and not isinstance(t, Unreadable)]
    done: dict[str, FileResult] = {}
    if jobs > 1 and len(files) > 1:
        done = _parallel(files, options, jobs)
    for target in targets:
        if isinstance(target, Unreadable):
            yield FileResult(str(target), error=Problem("E902", 1, 0, target.reason))
        elif target == STDIN:
            yield check_data(stdin.read(), stdin_name, options)
        else:
            yield done[target] if target in done else check_file(target, options)


def _parallel(files: list[str], options: LintOptions, jobs: int) -> dict[str, FileResult]:
    """Each file checked in a worker (none when processes cannot be started here)."""
    from concurrent.futures import ProcessPoolExecutor

    try:
        executor = ProcessPoolExecutor(max_workers=min(jobs, len(files)))
    except (OSError, NotImplementedError, ImportError):
        return {}
    chunk = max(1, len(files) // (jobs * 4))
    with executor:
        outcomes = executor.map(check_file, files, [options] * len(files), chunksize=chunk)
        return dict(zip(files, outcomes))


def statistics(results: Sequence[FileResult]) -> str:
    """flake8's ``--statistics``: per code, the count and the first message."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for result in results:
        for f in result.findings:
            counts[f.code] += 1
            first.setdefault(f.code, f.message)
    return "".join(f"{counts[code]:<5} {code} {first[code]}\n" for code in sorted(counts))
