"""The one entry point shared by the flake8 plugin and the fixer."""

from __future__ import annotations

import ast

from .deep import call_deep, parse
from .findings import Finding
from .model import build
from .precheck import relevant
from .rules import CHECKS
from .rules.fix_builders import without_repeats
from .settings import Settings


def analyze(
    source: str,
    filename: str,
    settings: Settings,
    tree: ast.Module | None = None,
    *,
    strict: bool = False,
    depth_errors: bool = False,
) -> list[Finding]:
    """All findings for one module, sorted by position.

    Parses ``source`` when no ``tree`` is given (raising ``SyntaxError`` /
    ``ValueError`` / ``RecursionError`` on input that does not parse). A
    failure inside the model or a rule never escapes: that check contributes
    nothing, the others still run. ``strict`` (tests) lets such failures raise;
    ``depth_errors`` (the fixer) raises ``RecursionError`` for code too deep to
    analyse, which would otherwise have no findings.
    """
    if tree is None:  # the fixer: a file that does not parse must be reported
        tree = parse(source, filename)
    if not relevant(source):
        return []
    try:
        return _checks(tree, filename, settings, strict)
    except RecursionError:  # deeper than the default limit: once more, deeper
        try:
            return call_deep(lambda: _checks(tree, filename, settings, strict))
        except (RecursionError, MemoryError):
            if strict or depth_errors:
                raise
            return []


def _checks(tree: ast.Module, filename: str, settings: Settings, strict: bool) -> list[Finding]:
    """Build the model and run every check; ``RecursionError`` always propagates."""
    try:
        model = build(tree, filename, settings)
    except RecursionError:
        raise
    except Exception:  # the plugin must never kill a flake8 run
        if strict:
            raise
        return []
    findings: set[Finding] = set()
    for check in CHECKS:
        try:
            findings.update(check(model))
        except RecursionError:
            raise
        except Exception:  # one broken construct must not hide the other checks
            if strict:
                raise
            continue
    return sorted(without_repeats(model, list(findings)), key=lambda f: (f.line, f.col, f.code))
