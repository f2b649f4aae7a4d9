"""The running Python's standard library as a corpus: the checker, the fixer and flake8
with the plugin never raise on any of it.

For every ``.py`` file (``sysconfig`` stdlib path, ``site-packages`` excluded):

* the checker (``strict=True``: an internal failure raises) and the fixer (``--diff``)
  process it without an exception; a file Python itself cannot read or parse is an
  error line for the fixer, never an internal error;
* any fixed output compiles and a second fix changes nothing;
* with the tutorial's patterns planted at its end (under a file name that does not
  exist, so no project around it is read), the fixed text compiles and is stable, and
  every pattern is still found at its line and fixed, except where the file's own code
  legitimately changes that (:data:`CONTEXT`).

By default a fixed sample of ~60 files (``asyncio/``, ``logging/`` and an even spread
of the rest; patterns planted in every third) runs; the whole library is ``-m slow``.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sysconfig
import time
import warnings
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from flake8_asynclog.checker import analyze
from flake8_asynclog.config import CodeSelection
from flake8_asynclog.fix.engine import compiles
from flake8_asynclog.fix.pipeline import FixError, Options, fix_text, process_file
from flake8_asynclog.settings import DEFAULT_SETTINGS
from flake8_asynclog.sources import SourceError, read_source

from .helpers import checkout_env, fixer, flake8
from .test_robust_fuzz import FIXABLE, PATTERNS, combine

STDLIB = Path(sysconfig.get_paths()["stdlib"])
SKIPPED_DIRS = {"site-packages", "dist-packages", "__pycache__"}
SAMPLE_SIZE = 60
FIX = Options(DEFAULT_SETTINGS, CodeSelection())
DIFF = Options(DEFAULT_SETTINGS, CodeSelection(), diff=True)
PLANTED, _STARTS = combine([p.code for p in PATTERNS])
# Code in a host file that rightly changes what the planted patterns mean.
CONTEXT = {
    "noqa-file": re.compile(r"^\s*# flake8[:=]\s*noqa", re.M | re.I),  # flake8 skips the file
    "own-queue-classes": re.compile(r"^class Queue(Handler|Listener)\b", re.M),  # never trusted
    # Removing handlers (test_removing_handlers_is_not_moving_them_behind_a_queue) clears
    # them, or moves them behind a queue built in the same scope: either silences ASL103.
    "removes-handlers": re.compile(r"\.removeHandler\("),
    # asyncio = import_module("asyncio"): the name is no longer known to be the module.
    "rebinds-a-module-name": re.compile(r"^(asyncio|logging|queue|atexit)\s*=", re.M),
}
# What the fixer may report, unchanged file, for a host text: libcst's own limits
# (a parenthesised annotated target, ``except X :`` not written back byte for byte).
LIBCST_LIMITS = re.compile(r"^not fixed: (libcst |the code is nested too deeply for libcst)")
SUMMARY = re.compile(
    r"^(Fixed|Would fix) (\d+) findings? in (\d+) files?; (\d+) left for a person; "
    r"(\d+) files? could not be processed\.$"
)


def stdlib_files() -> list[Path]:
    out: list[Path] = []
    for folder, dirs, names in os.walk(STDLIB):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        out += [Path(folder, name) for name in sorted(names) if name.endswith(".py")]
    return out


def sample() -> list[Path]:
    """asyncio/ and logging/, then an even spread of the rest: always the same files."""
    files = stdlib_files()
    chosen = [f for f in files if f.parent in (STDLIB / "asyncio", STDLIB / "logging")]
    rest = [f for f in files if f not in chosen]
    room = max(SAMPLE_SIZE - len(chosen), 0)
    if room:
        chosen += rest[:: max(len(rest) // room, 1)][:room]
    return chosen


@dataclass
class Report:
    path: str
    kind: str  # "checked", "unreadable" (Python cannot read it either), "unparsable"
    problems: list[str] = field(default_factory=list)
    findings: int = 0
    planted_fixed: int = 0
    context: list[str] = field(default_factory=list)


def _python_reads(data: bytes) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _check_fix(text: str, name: str) -> tuple[list[str], str, set[str]]:
    """Fix ``text``: problems, the new text, the codes fixed."""
    new, fixed, _ = fix_text(text, name, FIX)
    problems = []
    if new != text:
        if not compiles(new):
            problems.append("the fixed text does not compile")
        again, refixed, _ = fix_text(new, name, FIX)
        if again != new:
            problems.append(f"a second fix changed it again ({[f.code for f in refixed]})")
    return problems, new, {f.code for f in fixed}


def check_file(path: str, plant: bool = True) -> Report:
    """Everything the corpus test asks of one file; never raises (problems are listed)."""
    try:
        return _check_file(path, plant)
    except Exception as exc:  # an escaped exception is the finding
        return Report(path, "checked", [f"{type(exc).__name__} escaped: {exc}"])


def _check_file(path: str, plant: bool) -> Report:
    data = Path(path).read_bytes()
    try:
        decoded = read_source(path)
    except SourceError as exc:
        if _python_reads(data):
            return Report(path, "checked", [f"the fixer cannot read what Python reads: {exc}"])
        return Report(path, "unreadable")
    text = decoded.text
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text, path)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        outcome = process_file(path, DIFF)
        if outcome.error is None or outcome.error.startswith("internal error"):
            return Report(path, "unparsable", [f"fixer: {outcome.error}"])
        return Report(path, "unparsable")
    report = Report(path, "checked")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report.findings = len(analyze(text, path, DEFAULT_SETTINGS, tree, strict=True))
    outcome = process_file(path, DIFF)
    if outcome.error is not None:
        report.problems.append(f"fixer: {outcome.error}")
    elif outcome.changed:
        report.problems += _check_fix(text, path)[0]
    if plant:
        report.problems += _check_planted(text, path, report)
    return report


def _check_planted(text: str, path: str, report: Report) -> list[str]:
    name = "asynclog-planted/" + os.path.relpath(path, STDLIB)  # does not exist
    body = text if text.endswith(("\n", "\r")) or not text else text + "\n"
    planted, starts = combine([body, PLANTED] if body.strip() else [PLANTED])
    offset = starts[-1] - 1
    want = {
        (offset + start + line - 1, code)
        for start, pattern in zip(_STARTS, PATTERNS)
        for line, code in pattern.expected
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = {(f.line, f.code) for f in analyze(planted, name, DEFAULT_SETTINGS, strict=True)}
    report.context = sorted(key for key, pattern in CONTEXT.items() if pattern.search(text))
    try:
        fix_problems, _, fixed = _check_fix(planted, name)
    except FixError as exc:  # reported, file untouched: fine if the host text is the cause
        if LIBCST_LIMITS.match(str(exc)) or not compiles(text):
            report.context.append("fixer-reports-the-host")
            return []
        return [f"planted: FixError: {exc}"]
    problems = [f"planted: {p}" for p in fix_problems]
    report.planted_fixed = len(fixed)
    if not report.context:
        if want - found:
            problems.append(f"planted: missed {sorted(want - found)}")
        unfixed = {code for _, code in want if code in FIXABLE} - fixed
        if unfixed:
            problems.append(f"planted: not fixed {sorted(unfixed)}")
    return problems


def _summarise(reports: Sequence[Report], seconds: float) -> str:
    kinds = {kind: sum(r.kind == kind for r in reports) for kind in ("checked", "unparsable")}
    return (
        f"{len(reports)} stdlib files in {seconds:.0f}s: {kinds['checked']} linted and fixed "
        f"(+ planted patterns), {kinds['unparsable']} that Python cannot parse, "
        f"{sum(r.kind == 'unreadable' for r in reports)} that Python cannot read; "
        f"{sum(r.findings for r in reports)} findings in the library itself, "
        f"{sum(r.planted_fixed for r in reports)} planted findings fixed, "
        f"{sum(bool(r.context) for r in reports)} hosts where the context changes them"
    )


def _assert_clean(reports: Sequence[Report]) -> None:
    problems = [f"{r.path}: {p}" for r in reports for p in r.problems]
    assert not problems, "\n".join(problems[:50])
    assert sum(r.kind == "checked" for r in reports) >= 0.98 * len(reports)


def test_stdlib_sample_lints_and_fixes() -> None:
    files = sample()
    assert len(files) >= SAMPLE_SIZE * 0.9 and any("asyncio" in str(f) for f in files)
    start = time.monotonic()
    # Planting costs libcst passes over the whole host file: every third file here.
    reports = [check_file(str(path), plant=not i % 3) for i, path in enumerate(files)]
    print(_summarise(reports, time.monotonic() - start))
    _assert_clean(reports)


@pytest.mark.slow
def test_stdlib_full_lints_and_fixes() -> None:
    files = [str(path) for path in stdlib_files()]
    start = time.monotonic()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        reports = list(pool.map(check_file, files, chunksize=4))
    print(_summarise(reports, time.monotonic() - start))
    assert len(reports) > 1000
    _assert_clean(reports)


# --- the real commands ----------------------------------------------------------------


def _expected_errors(files: Sequence[Path]) -> set[str]:
    return {str(f) for f in files if not _python_reads(f.read_bytes())}


def _check_fixer_diff(result: subprocess.CompletedProcess[str], expected: set[str]) -> None:
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    match = SUMMARY.match(lines[-1])
    assert match, lines[-1:]
    errors = {line.split(": ", 1)[0]: line for line in lines if ": cannot " in line}
    assert set(errors) <= expected, sorted(set(errors) - expected)
    assert all(re.search(r": cannot (parse|decode)", line) for line in errors.values())
    assert int(match.group(5)) == len(errors)
    assert result.returncode == (2 if errors else 1 if int(match.group(3)) else 0)


def _check_flake8(result: subprocess.CompletedProcess[str]) -> None:
    output = result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "flake8_asynclog" not in output and "[ASL]" not in output, output[-3000:]
    assert "failed during execution" not in output, output[-3000:]
    assert result.returncode in (0, 1)


def test_stdlib_sample_through_the_fixer_command_and_flake8(tmp_path: Path) -> None:
    files = sample()
    paths = [str(f) for f in files]
    env = checkout_env()
    fixed = fixer("--diff", "-j", "2", *paths, cwd=tmp_path, env=env, timeout=3600)
    _check_fixer_diff(fixed, _expected_errors(files))
    linted = flake8(
        "--select", "ASL", "-j", "2", *paths, cwd=tmp_path, env=env, timeout=3600, on_path=True
    )
    _check_flake8(linted)


@pytest.mark.slow
def test_stdlib_full_through_the_fixer_command_and_flake8(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nextend-exclude = site-packages,dist-packages\n", encoding="utf-8"
    )
    expected = _expected_errors(stdlib_files())
    env = checkout_env()
    fixed = fixer("--diff", "-j", "auto", str(STDLIB), cwd=tmp_path, env=env, timeout=3600)
    _check_fixer_diff(fixed, expected)
    linted = flake8(
        "--select", "ASL", "-j", "auto", str(STDLIB), cwd=tmp_path, env=env, timeout=3600,
        on_path=True,
    )  # fmt: skip
    _check_flake8(linted)


def test_removing_handlers_is_not_moving_them_behind_a_queue() -> None:
    reset = (
        "import logging\n\n\n"
        "def reset_logging():\n"
        "    for handler in logging.root.handlers[:]:\n"
        "        logging.root.removeHandler(handler)\n"
    )
    pattern = next(p for p in PATTERNS if p.name == "basic-config-file")
    source, starts = combine([reset, pattern.code])
    found = {(f.line, f.code) for f in analyze(source, "reset.py", DEFAULT_SETTINGS, strict=True)}
    assert {(starts[1] + line - 1, code) for line, code in pattern.expected} <= found
