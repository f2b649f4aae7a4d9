"""``# noqa`` handling, as flake8 does it.

* ``# flake8: noqa`` at the start of a line (after whitespace) skips the file.
* ``# noqa`` suppresses every finding of the line; ``# noqa: ASL101,ASL2``
  suppresses codes matched by prefix. ``noqa`` is case-insensitive.
* The line searched is the finding's physical line, widened (as flake8 does)
  to every line of a token that spans several lines, e.g. a triple-quoted
  string, so a ``# noqa`` after its closing quotes counts for all its lines.

The regular expressions are flake8's (``flake8.defaults``), copied so the
fixer does not import flake8.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Sequence

from .findings import Finding

NOQA_INLINE_REGEXP = re.compile(
    r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?",
    re.IGNORECASE,
)
NOQA_FILE = re.compile(r"\s*# flake8[:=]\s*noqa", re.I)
_SEPARATORS = re.compile(r"[,\s]")
_ANY_NOQA = re.compile(r"noqa", re.IGNORECASE)


def split_lines(source: str) -> list[str]:
    """Physical lines as Python numbers them (``\\n``, ``\\r\\n``, ``\\r``), ends kept."""
    return io.StringIO(source, newline="").readlines()


def file_is_noqa(lines: Sequence[str]) -> bool:
    """True when a line starts with ``# flake8: noqa`` (flake8 skips such a file)."""
    return any(NOQA_FILE.match(line) for line in lines)


def is_suppressed(noqa_line: str, code: str) -> bool:
    """Whether ``noqa_line`` carries a ``# noqa`` that covers ``code``."""
    match = NOQA_INLINE_REGEXP.search(noqa_line)
    if match is None:
        return False
    codes_text = match.group("codes")
    if codes_text is None:
        return True
    codes = tuple(c for c in _SEPARATORS.split(codes_text) if c)
    return code.startswith(codes)


def filter_noqa(source: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings not suppressed by ``# noqa`` comments in ``source``.

    Cheap when nothing can be suppressed: no findings, or no ``noqa`` anywhere
    in the source, returns at once without splitting or tokenizing.
    """
    if not findings or _ANY_NOQA.search(source) is None:
        return list(findings)
    lines = split_lines(source)
    if file_is_noqa(lines):
        return []
    mapping = _noqa_line_mapping(source, lines)
    kept = []
    for finding in findings:
        text = mapping.get(finding.line)
        if text is None:
            text = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
        if not is_suppressed(text, finding.code):
            kept.append(finding)
    return kept


def _noqa_line_mapping(source: str, lines: Sequence[str]) -> dict[int, str]:
    """Line number -> the text flake8 searches for ``noqa`` (see module doc)."""
    mapping: dict[int, str] = {}
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source, newline="").readline))
    except (tokenize.TokenError, SyntaxError, ValueError):
        return mapping  # flake8 then falls back to the physical line
    unset = len(lines) + 2
    min_line, max_line = unset, -1
    for tok in tokens:
        if tok.type in (tokenize.ENDMARKER, tokenize.DEDENT):
            continue
        min_line = min(min_line, tok.start[0])
        max_line = max(max_line, tok.end[0])
        if tok.type in (tokenize.NL, tokenize.NEWLINE):
            joined = "".join(lines[min_line - 1 : max_line])
            for number in range(min_line, max_line + 1):
                mapping[number] = joined
            min_line, max_line = unset, -1
    return mapping
