"""Shared test helpers: markers in fixture files, and running the checker on them."""

from __future__ import annotations

import re
from pathlib import Path

from flake8_asynclog.checker import analyze
from flake8_asynclog.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
_MARKER = re.compile(r"#\s*error:\s*(ASL\d{3}(?:\s*,\s*ASL\d{3})*)")


def expected(path: Path) -> set[tuple[int, str]]:
    """``(line, code)`` for every ``# error: ASLnnn`` marker in a file."""
    out = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = _MARKER.search(line)
        if match:
            out.update((number, code.strip()) for code in match.group(1).split(","))
    return out


def found(path: Path) -> set[tuple[int, str]]:
    """``(line, code)`` for every finding of the checker on a file."""
    source = path.read_text(encoding="utf-8")
    return {(f.line, f.code) for f in analyze(source, str(path), DEFAULT_SETTINGS)}
