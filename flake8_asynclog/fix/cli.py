"""``python -m flake8_asynclog.fix``: apply the checker's fixes to files.

Exit status: 0 nothing to fix, 1 something fixed (with ``--diff``: would be),
2 a usage or configuration error, or a path that could not be processed (the
other paths are still processed; 2 wins over 1). The diff (``--diff``) or the
fixed text (``-``) goes to stdout; the summary goes to stderr: one line per
fix, one per finding left for a person, one per error, then a total.

SIGINT / SIGTERM stop the run between two files: the file in hand is finished
(its write is atomic either way), no other is started, a line says how many
paths were not processed, and the exit status is 130 / 143 (128 + the signal).
A second signal stops at once; every file is still either old or new.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any, BinaryIO, TextIO

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
    parse_codes,
)
from ..options import ConfigError
from . import pipeline
from .line_length import project_line_length
from .pipeline import FileOutcome, Options

PROG = "python -m flake8_asynclog.fix"


class Interrupt:
    """The signal handler of a run: remembers the first SIGINT / SIGTERM (the run
    then stops between files); a second one raises ``KeyboardInterrupt``."""

    def __init__(self) -> None:
        self.signum: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt
        self.signum = signum


@contextmanager
def catching_signals(interrupt: Interrupt) -> Iterator[None]:
    """Route SIGINT and SIGTERM to ``interrupt`` (unless ignored, or not on the main
    thread), restoring the previous handlers afterwards."""
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGINT", "SIGTERM"):
            number = getattr(signal, name, None)
            if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
                previous[number] = signal.signal(number, interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Apply flake8-asynclog's fixes (honours # noqa and the flake8 config).",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or -")
    parser.add_argument("--diff", action="store_true", help="print a diff, write nothing")
    parser.add_argument("--select", metavar="CODES", help="only these codes (prefixes)")
    parser.add_argument("--ignore", metavar="CODES", help="not these codes (prefixes)")
    parser.add_argument(
        "-j", "--jobs", type=jobs_count, default=1, metavar="N", help="parallel processes (or auto)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_plugin_options(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the fixer with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    interrupt = Interrupt()
    with catching_signals(interrupt):
        try:
            return run(
                list(sys.argv[1:] if argv is None else argv), sys.stdin.buffer,
                sys.stdout.buffer, sys.stderr, interrupt,
            )  # fmt: skip
        except KeyboardInterrupt:  # a second signal: stopped at once, writes still atomic
            sys.stderr.write(f"{PROG}: interrupted\n")
            return 128 + (interrupt.signum or signal.SIGINT)


def run(
    argv: Sequence[str],
    stdin: BinaryIO,
    stdout: BinaryIO,
    stderr: TextIO,
    interrupt: Interrupt | None = None,
) -> int:
    """The whole command, on explicit streams (for tests); ``interrupt`` is the signal
    handler :func:`main` installed (the run stops between files once it fired)."""
    stop = interrupt or Interrupt()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse's usage error (2) or --help (0)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        config = load_config()
        options = Options(
            settings=make_settings(config, given_options(args)),
            selection=make_selection(
                config,
                None if args.select is None else parse_codes(args.select, "--select"),
                None if args.ignore is None else parse_codes(args.ignore, "--ignore"),
            ),
            diff=args.diff,
            line_length=project_line_length(os.curdir),
        )
    except ConfigError as exc:
        stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except OSError as exc:
        stderr.write(f"{PROG}: error: cannot read the configuration: {exc}\n")
        return 2
    targets = list(unique(expand_paths(args.paths, exclude_patterns(config))))
    status = 0
    totals = [0, 0, 0, 0]  # fixed findings, changed files, left findings, errors
    done = 0
    for outcome in _outcomes(targets, options, args.jobs, stdin, stop):
        done += 1
        if outcome.output is not None:
            stdout.write(outcome.output)
        stdout.write(outcome.diff)
        stdout.flush()
        _report(outcome, options.diff, stderr)
        totals[0] += len(outcome.fixed)
        totals[1] += outcome.changed
        totals[2] += len(outcome.left)
        totals[3] += outcome.error is not None
        if outcome.error is not None:
            status = 2
        elif outcome.changed and status == 0:
            status = 1
    if stop.signum is not None:
        name = signal.Signals(stop.signum).name
        left = _count(len(targets) - done, "path")
        stderr.write(f"{PROG}: interrupted by {name}; {left} not processed.\n")
        status = 128 + stop.signum
    verb = "Would fix" if options.diff else "Fixed"
    stderr.write(
        f"{verb} {_count(totals[0], 'finding')} in {_count(totals[1], 'file')}; "
        f"{totals[2]} left for a person; "
        f"{_count(totals[3], 'file')} could not be processed.\n"
    )
    return status


def _outcomes(
    targets: Sequence[str], options: Options, jobs: int, stdin: BinaryIO, stop: Interrupt
) -> Iterator[FileOutcome]:
    """One outcome per target, in order; none more once ``stop`` fired (a file being
    processed is finished and reported, the others are not started)."""
    files = [t for t in targets if t != STDIN and not isinstance(t, Unreadable)]
    if jobs <= 1 or len(files) <= 1:
        for target in targets:
            if stop.signum is not None:
                return
            yield _single(target, options, stdin)
        return
    from concurrent.futures import CancelledError, Future, ProcessPoolExecutor

    try:
        executor = ProcessPoolExecutor(
            max_workers=min(jobs, len(files)), initializer=_worker_signals
        )
    except (OSError, NotImplementedError, ImportError):  # no multiprocessing here
        yield from _outcomes(targets, options, 1, stdin, stop)
        return
    # Children receive the analyzer by reference (so a patched one reaches them too).
    parallel = dataclasses.replace(options, analyzer=pipeline.analyze)
    with executor:
        futures: dict[int, Future[FileOutcome]] = {
            index: executor.submit(pipeline.process_file, target, parallel)
            for index, target in enumerate(targets)
            if target != STDIN and not isinstance(target, Unreadable)
        }
        cancelled = False
        for index, target in enumerate(targets):
            if stop.signum is not None and not cancelled:
                cancelled = True
                for pending in futures.values():
                    pending.cancel()  # not started yet; running ones finish their file
            future = futures.get(index)
            if future is None:
                if stop.signum is None:
                    yield _single(target, options, stdin)
                continue
            try:
                yield future.result()
            except CancelledError:
                continue
            except Exception as exc:  # a worker died (BrokenProcessPool, pickling, ...)
                if stop.signum is None:  # once stopping, a killed worker is no error
                    error = f"internal error: {type(exc).__name__}: {exc}"
                    yield FileOutcome(target, error=error)


def _worker_signals() -> None:
    """In ``-j`` workers: Ctrl-C (sent to the whole process group) is the parent's
    to handle; it lets the workers finish the files in hand and starts no more."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _single(target: str, options: Options, stdin: BinaryIO) -> FileOutcome:
    if isinstance(target, Unreadable):
        return FileOutcome(str(target), error=f"cannot read: {target.reason}")
    if target == STDIN:
        return pipeline.process_stdin(stdin.read(), options)
    return pipeline.process_file(target, options)


def _report(outcome: FileOutcome, diff: bool, stderr: TextIO) -> None:
    verb = "would fix" if diff else "fixed"
    path = outcome.path
    for f in sorted(outcome.fixed, key=lambda f: (f.line, f.col, f.code)):
        stderr.write(f"{path}:{f.line}:{f.col + 1}: {verb} {f.code} {f.message}\n")
    for f in sorted(outcome.left, key=lambda f: (f.line, f.col, f.code)):
        stderr.write(f"{path}:{f.line}:{f.col + 1}: {f.code} {f.message} (not fixed)\n")
    if outcome.error is not None:
        stderr.write(f"{path}: {outcome.error}\n")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
