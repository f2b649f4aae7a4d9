"""What the checker does to one file (or stdin): read, pre-check, parse, analyse, select.

A file whose text cannot matter (:func:`~flake8_asynclog.precheck.relevant`) is
never parsed. A file that cannot be read or decoded is an ``E902`` error, one that
does not parse an ``E999`` error, as flake8 names them; nothing here raises.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

from ..checker import analyze
from ..config import CodeSelection
from ..deep import parse
from ..findings import Finding
from ..noqa import filter_noqa
from ..precheck import relevant
from ..settings import Settings
from ..sources import SourceError, decode_source, read_source
from . import results


@dataclass(frozen=True)
class LintOptions:
    """Everything a worker needs for one run (picklable, for ``-j``)."""

    settings: Settings
    selection: CodeSelection


@dataclass(frozen=True)
class Problem:
    """A file the checker could not check: ``E902`` (read) or ``E999`` (parse)."""

    code: str
    line: int
    col: int
    message: str


@dataclass
class FileResult:
    """The findings of one path, its source lines (for ``--show-source``), or its error;
    ``kept``: where its findings may be kept for its text (see :mod:`.results`)."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: Problem | None = None
    lines: list[str] = field(default_factory=list)
    kept: tuple[results.Key, bytes] | None = None


def check_file(path: str, options: LintOptions) -> FileResult:
    """Check one file on disk."""
    try:
        text = read_source(path).text
    except SourceError as exc:
        return FileResult(path, error=Problem("E902", 1, 0, str(exc)))
    return check_text(text, path, options, keep=True)


def check_data(data: bytes, path: str, options: LintOptions) -> FileResult:
    """Check source bytes read from stdin, shown as ``path``."""
    try:
        text = decode_source(data).text
    except SourceError as exc:
        return FileResult(path, error=Problem("E902", 1, 0, str(exc)))
    return check_text(text, path, options)


def check_text(text: str, path: str, options: LintOptions, keep: bool = False) -> FileResult:
    """Check decoded source ``text`` of ``path``; with ``keep`` (a file on disk), the
    findings kept for the same text are reused while the project is unchanged."""
    if not relevant(text):
        return FileResult(path)
    key = results.results_file(path, options, options.settings) if keep else None
    digest = results.text_digest(text) if key is not None else b""
    if key is not None:
        kept = results.lookup(key, path, digest)
        if kept is not None:
            return FileResult(path, kept, lines=text.splitlines() if kept else [])
    result = _check_text(text, path, options)
    if key is not None and result.error is None:
        result.kept = (key, digest)
    return result


def _check_text(text: str, path: str, options: LintOptions) -> FileResult:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = parse(text, path)
    except SyntaxError as exc:
        line, col = exc.lineno or 1, max((exc.offset or 1) - 1, 0)
        return FileResult(path, error=Problem("E999", line, col, f"SyntaxError: {exc.msg}"))
    except (ValueError, RecursionError, MemoryError) as exc:
        return FileResult(path, error=Problem("E999", 1, 0, f"{type(exc).__name__}: {exc}"))
    try:
        found = analyze(text, path, options.settings, tree)
    except Exception as exc:  # analyze never raises; a last guard keeps the run going
        return FileResult(path, error=Problem("E902", 1, 0, f"internal error: {exc!r}"))
    wanted = [f for f in found if options.selection.wanted(f.code)]
    findings = filter_noqa(text, wanted)
    return FileResult(path, findings, lines=text.splitlines() if findings else [])
