"""The pieces the checker's and the fixer's command lines share: the plugin's options
(:data:`~flake8_asynclog.options.OPTIONS`), the ``-j`` count and the files to read,
flake8-style: ``-`` is stdin; a directory is walked for
``*.py`` (sorted, excluded folders pruned); a path matching the exclude patterns is
skipped; a missing or unlistable path becomes an :class:`Unreadable` (reported as
an error, the other paths still processed).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence

from .config import parse_list
from .options import OPTIONS, Value
from .paths import is_excluded

STDIN = "-"


class Unreadable(str):
    """A path that does not exist or cannot be listed (reported as an error)."""

    reason = "No such file or directory"


def unreadable(path: str, reason: str | None = None) -> Unreadable:
    target = Unreadable(path)
    if reason:
        target.reason = reason
    return target


def expand_paths(paths: Sequence[str], patterns: Sequence[str]) -> Iterator[str]:
    """The files to process, flake8-style: ``-`` as is; directories walked for ``*.py``
    (sorted, excluded folders pruned); a path matching ``patterns`` skipped; a missing
    or unlistable path yielded as :class:`Unreadable`."""
    for path in paths:
        if path == STDIN:
            yield path
        elif is_excluded(path, patterns):
            continue
        elif os.path.isdir(path):
            yield from _walk(path, patterns)
        elif os.path.exists(path):
            yield path
        else:
            yield unreadable(path)


def _walk(top: str, patterns: Sequence[str]) -> Iterator[str]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not is_excluded(os.path.join(root, d), patterns))
        for name in sorted(files):
            joined = os.path.join(root, name)
            if name.endswith(".py") and not is_excluded(joined, patterns):
                yield joined
        while errors:
            error = errors.pop()
            yield unreadable(error.filename or root, error.strerror)


def unique(targets: Iterator[str]) -> Iterator[str]:
    """Each file once (named twice, two workers would race to rewrite it)."""
    seen: set[str] = set()
    for target in targets:
        if target != STDIN and not isinstance(target, Unreadable):
            key = os.path.realpath(target)
            if key in seen:
                continue
            seen.add(key)
        yield target


def jobs_count(value: str) -> int:
    if value == "auto":
        return os.cpu_count() or 1
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer or 'auto', got {value!r}")
    return jobs


def add_plugin_options(parser: argparse.ArgumentParser) -> None:
    """The plugin's options, as ``--asynclog-...`` (and the short alias, when it has one)."""
    for option in OPTIONS:
        flags = [f"--{option.name}", *([f"--{option.alias}"] if option.alias else [])]
        if option.kind == "flag":
            parser.add_argument(*flags, dest=option.dest, action="store_true", help=option.help)
        else:
            many = option.kind in ("names", "paths")
            metavar = {"names": "NAMES", "paths": "PATHS", "path": "PATH"}[option.kind]
            what = f"{option.help}; comma-separated" if many else option.help
            parser.add_argument(*flags, dest=option.dest, metavar=metavar, help=what)


def given_options(args: argparse.Namespace) -> dict[str, Value]:
    """The plugin's options given on the command line (paths relative to the cwd)."""
    given: dict[str, Value] = {}
    for option in OPTIONS:
        value = getattr(args, option.dest)
        if option.kind == "flag":
            given[option.name] = bool(value)
        elif value is not None and option.kind == "path":
            given[option.name] = os.path.abspath(value)
        elif value is not None:
            items = parse_list(value)
            if option.kind == "paths":
                items = tuple(os.path.abspath(item) for item in items)
            given[option.name] = items
    return given
