"""Shared test helpers: markers in fixture files, and running the checker on them."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from flake8_asynclog.checker import analyze
from flake8_asynclog.settings import DEFAULT_SETTINGS, Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
_CODE = r"ASL\d{3}(?::\d+)?"
_LIST = rf"({_CODE}(?:\s*,\s*{_CODE})*)"
_MARKER = re.compile(rf"#\s*error:\s*{_LIST}")
# A later call of a coroutine already reported: flagged only with --asynclog-every-call.
_EVERY_CALL_MARKER = re.compile(rf"#\s*every-call:\s*{_LIST}")
EVERY_CALL = dataclasses.replace(DEFAULT_SETTINGS, every_call=True)


def markers(path: Path, marker: re.Pattern[str] = _MARKER) -> set[tuple[int, str, int | None]]:
    """``(line, code, column)`` for every ``# error: ASLnnn`` / ``# error: ASLnnn:COL``
    marker in a file (the column 1-based, as flake8 prints it; ``None`` when not given)."""
    out = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = marker.search(line)
        if match:
            for item in match.group(1).split(","):
                code, _, column = item.strip().partition(":")
                out.add((number, code, int(column) if column else None))
    return out


def expected(path: Path) -> set[tuple[int, str]]:
    """``(line, code)`` for every marker in a file."""
    return {(line, code) for line, code, _ in markers(path)}


def expected_every_call(path: Path) -> set[tuple[int, str]]:
    """``(line, code)`` of the ``# error:`` and the ``# every-call:`` markers."""
    later = {(line, code) for line, code, _ in markers(path, _EVERY_CALL_MARKER)}
    return expected(path) | later


def found(path: Path, settings: Settings = DEFAULT_SETTINGS) -> set[tuple[int, str]]:
    """``(line, code)`` for every finding of the checker on a file."""
    return {(line, code) for line, code, _ in found_at(path, settings)}


def found_at(path: Path, settings: Settings = DEFAULT_SETTINGS) -> set[tuple[int, str, int]]:
    """``(line, code, column)`` (1-based) for every finding of the checker on a file
    (strict: a rule or the model failing on it is a test failure, not a silent miss)."""
    source = path.read_text(encoding="utf-8")
    found = analyze(source, str(path), settings, strict=True)
    return {(f.line, f.code, f.col + 1) for f in found}
