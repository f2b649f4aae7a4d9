"""What the fixer does to one file (or stdin).

decode -> analyze (the checker, same analysis as flake8) -> keep the wanted
codes -> drop what ``# noqa`` suppresses -> if no finding carries a fix, stop
(libcst is not even imported) -> apply the fixes -> re-analyse the result and
repeat while fixes overlapped (at most :data:`MAX_ROUNDS` rounds) -> refuse a
result that does not compile -> write (atomically) only if the text changed.

Nothing here raises: every failure becomes :attr:`FileOutcome.error`, a
one-line message printed after ``path: ``.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import importlib
import os
import warnings
from dataclasses import dataclass, field
from typing import Callable, cast

from ..config import CodeSelection
from ..deep import compile_source, parse
from ..findings import Finding
from ..noqa import filter_noqa, split_lines
from ..settings import Settings
from ..sources import (
    DecodedSource,
    SourceError,
    decode_source,
    encode_source,
    read_source,
    write_source,
)

MAX_ROUNDS = 4
STDIN_NAME = "stdin"
Analyzer = Callable[[str, str, Settings], "list[Finding]"]


def analyze(
    source: str, filename: str, settings: Settings, tree: ast.Module | None = None
) -> list[Finding]:
    """The checker's ``analyze`` (imported on first use).

    Code nested too deeply for the checker's walk raises :class:`FixError` (reported,
    not taken for "nothing to fix"); any other failure inside one check only drops
    that check, as in flake8. Source that does not parse raises as ``ast.parse`` does.
    """
    checker = importlib.import_module("flake8_asynclog.checker")
    if tree is None:
        tree = parse(source, filename)
    try:
        found = checker.analyze(source, filename, settings, tree, depth_errors=True)
    except (RecursionError, MemoryError):
        raise FixError("cannot analyse: the code is nested too deeply for the checker") from None
    return cast("list[Finding]", found)


class FixError(Exception):
    """A file the fixer cannot process; one-line message."""


@dataclass(frozen=True)
class Options:
    """Everything a worker needs for one run (picklable, for ``-j``).

    ``analyzer``: ``None`` uses this module's :func:`analyze` at call time.
    ``line_length``: the project's (:mod:`~flake8_asynclog.fix.line_length`).
    """

    settings: Settings
    selection: CodeSelection
    diff: bool = False
    analyzer: Analyzer | None = None
    line_length: int = 79


@dataclass
class FileOutcome:
    """The result for one path: applied fixes, findings left, error, output."""

    path: str
    fixed: list[Finding] = field(default_factory=list)
    left: list[Finding] = field(default_factory=list)
    error: str | None = None
    changed: bool = False
    diff: bytes = b""
    output: bytes | None = None  # stdin only: what goes to stdout


def fix_text(text: str, path: str, options: Options) -> tuple[str, list[Finding], list[Finding]]:
    """Fix ``text``: (new text, findings fixed, findings left in the new text).

    The fixed findings are placed in ``text`` (a later round finds them in a text
    the earlier rounds changed); the findings left are placed in the new text.
    """
    findings = _findings(text, path, options)
    if not any(f.fix is not None for f in findings):
        return text, [], findings
    from . import engine  # libcst only for files with something to fix

    current = text
    to_original = LineMap.identity()
    fixed: list[Finding] = []
    for _ in range(MAX_ROUNDS):
        try:
            new, applied = engine.apply_fixes(
                current, [f for f in findings if f.fix is not None], options.line_length
            )
        except engine.EngineError as exc:  # e.g. too deep for libcst: say so, change nothing
            if not fixed:
                raise FixError(f"not fixed: {exc}") from None
            break  # keep the earlier rounds' result (still checked to compile below)
        if not applied or new == current:
            break
        fixed.extend(to_original.finding(f) for f in applied)
        to_original = LineMap.between(new, current).then(to_original)
        current = new
        try:
            findings = _findings(current, path, options)
        except FixError as exc:
            raise FixError(f"not fixed: the fixed code cannot be analysed ({exc})") from None
        if not any(f.fix is not None for f in findings):
            break
    if current != text:
        problem = _compile_error(current, path)
        if problem is not None:
            original = _compile_error(text, path)
            if original is not None:
                raise FixError(f"not fixed: the file does not compile: {original}")
            raise FixError(f"not fixed: the fixed code does not compile: {problem}")
    return current, fixed, findings


@dataclass(frozen=True)
class LineMap:
    """Line numbers of one text mapped to another's (``None``: the identity)."""

    lines: tuple[int, ...] | None = None  # lines[n - 1]: the other text's line for line n

    @classmethod
    def identity(cls) -> LineMap:
        return cls()

    @classmethod
    def between(cls, new: str, old: str) -> LineMap:
        """``new``'s lines in ``old``: kept lines where they were, added ones at the line
        they follow (the statement the fix was made for)."""
        new_lines, old_lines = new.splitlines(), old.splitlines()
        mapped = [0] * len(new_lines)
        matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for _tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
            for offset, number in enumerate(range(new_start, new_end)):
                inside = old_start + offset if old_start + offset < old_end else old_start - 1
                mapped[number] = max(inside, 0) + 1
        return cls(tuple(mapped))

    def then(self, other: LineMap) -> LineMap:
        if self.lines is None:
            return other
        return LineMap(tuple(other.line(n) for n in self.lines))

    def line(self, number: int) -> int:
        if self.lines is None or not 1 <= number <= len(self.lines):
            return number
        return self.lines[number - 1]

    def finding(self, finding: Finding) -> Finding:
        line = self.line(finding.line)
        return finding if line == finding.line else dataclasses.replace(finding, line=line)


def process_file(path: str, options: Options) -> FileOutcome:
    """Fix one file on disk (or, with ``options.diff``, compute its diff)."""
    try:
        decoded = read_source(path)
        new, outcome = _fix_decoded(decoded, path, options)
        if outcome.changed and not options.diff:
            write_source(path, new, decoded)
        return outcome
    except (SourceError, FixError) as exc:
        return FileOutcome(path, error=str(exc))
    except Exception as exc:  # never a traceback
        return FileOutcome(path, error=f"internal error: {type(exc).__name__}: {_line(exc)}")


def process_stdin(data: bytes, options: Options) -> FileOutcome:
    """Fix source read from stdin; ``output`` is the text for stdout (the input unchanged
    when nothing changed or on error; ``None`` with ``options.diff``)."""
    try:
        decoded = decode_source(data)
        new, outcome = _fix_decoded(decoded, STDIN_NAME, options)
        outcome.output = encode_source(new, decoded) if outcome.changed else data
    except (SourceError, FixError) as exc:
        outcome = FileOutcome(STDIN_NAME, error=str(exc), output=data)
    except Exception as exc:
        error = f"internal error: {type(exc).__name__}: {_line(exc)}"
        outcome = FileOutcome(STDIN_NAME, error=error, output=data)
    if options.diff:
        outcome.output = None
    return outcome


def _fix_decoded(decoded: DecodedSource, path: str, options: Options) -> tuple[str, FileOutcome]:
    new, fixed, left = fix_text(decoded.text, path, options)
    if options.diff and new != decoded.text:  # nothing is written: place them on disk's text
        on_disk = LineMap.between(new, decoded.text)
        left = [on_disk.finding(f) for f in left]
    outcome = FileOutcome(path, fixed, left)
    if new != decoded.text:
        outcome.changed = True
        if options.diff:
            encode_source(new, decoded)  # refuses text the file's encoding cannot hold
            outcome.diff = unified_diff(path, decoded.text, new, decoded.encoding)
    return new, outcome


def unified_diff(path: str, old: str, new: str, encoding: str) -> bytes:
    """A unified diff of ``old`` -> ``new`` in the file's encoding (line endings kept)."""
    lines = difflib.unified_diff(split_lines(old), split_lines(new), path, path, n=3)
    chunks = []
    for number, line in enumerate(lines):
        if number < 2:  # the ---/+++ headers
            chunks.append(os.fsencode(line.rstrip("\n")) + b"\n")
            continue
        if not line.endswith(("\n", "\r")):
            line += "\n\\ No newline at end of file\n"
        chunks.append(line.encode(encoding, errors="replace"))
    return b"".join(chunks)


def _findings(text: str, path: str, options: Options) -> list[Finding]:
    analyzer = options.analyzer or analyze
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = analyzer(text, path, options.settings)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise FixError(f"cannot parse: {_describe(exc)}") from None
    wanted = [f for f in found if options.selection.wanted(f.code)]
    return filter_noqa(text, wanted)


def _compile_error(source: str, path: str) -> str | None:
    from .engine import compiles

    if compiles(source):  # known: the engine compiled it when it chose the fixes
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile_source(source, path)
    except Exception as exc:
        return _describe(exc)
    return None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError):
        where = f" (line {exc.lineno}, column {exc.offset})" if exc.lineno else ""
        return f"{type(exc).__name__}: {exc.msg}{where}"
    if isinstance(exc, RecursionError):
        return "the code is nested too deeply"
    if isinstance(exc, MemoryError):
        return "out of memory (the code is too large or nested too deeply)"
    return f"{type(exc).__name__}: {_line(exc)}"


def _line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
