"""The project's line length: what the code the fixer writes must stay inside.

It is the smallest of the limits the project sets for the tools that would
report or reformat a longer line:

* flake8's ``max-line-length``, in the config file flake8 reads;
* ruff's ``line-length`` (and ``lint.pycodestyle.max-line-length``), in the nearest
  ``.ruff.toml`` / ``ruff.toml`` / ``pyproject.toml`` with ``[tool.ruff]``;
* black's ``line-length``, in the nearest ``pyproject.toml`` with ``[tool.black]``.

With none set it is 79, flake8's default (the project runs flake8: the plugin is
one). A value that is not a positive integer, or a file that does not parse, is
ignored, as if not set: the length only shapes the code, it never stops a fix.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Iterator
from typing import Any

from ..config import find_config_file

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the dependency of 3.9 / 3.10
    import tomli as tomllib

DEFAULT = 79
RUFF_FILES = (".ruff.toml", "ruff.toml", "pyproject.toml")


def project_line_length(start: str) -> int:
    """The line length for files fixed in a run started in ``start``."""
    limits = [flake8_limit(start), *ruff_limits(start), black_limit(start)]
    given = [limit for limit in limits if limit is not None]
    return min(given) if given else DEFAULT


def flake8_limit(start: str) -> int | None:
    path = find_config_file(start)
    if path is None:
        return None
    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="UTF-8")
    except (UnicodeDecodeError, configparser.Error):  # pragma: no cover - raced
        return None
    if "flake8" not in parser:
        return None
    section = parser["flake8"]
    for key in ("max-line-length", "max_line_length"):
        if key in section:
            return positive(section[key].strip())
    return None


def ruff_limits(start: str) -> list[int | None]:
    """ruff's limits from the first file ruff would read (``pyproject.toml`` counts only
    with a ``[tool.ruff]`` table)."""
    for folder in upwards(start):
        for name in RUFF_FILES:
            data = toml(os.path.join(folder, name))
            if data is None:
                continue
            table = data if name != "pyproject.toml" else part(data, "tool", "ruff")
            if table is not None:
                style = part(table, "lint", "pycodestyle") or {}
                return [positive(table.get("line-length")), positive(style.get("max-line-length"))]
    return []


def black_limit(start: str) -> int | None:
    for folder in upwards(start):
        data = toml(os.path.join(folder, "pyproject.toml"))
        table = None if data is None else part(data, "tool", "black")
        if table is not None:
            return positive(table.get("line-length", table.get("line_length")))
    return None


def part(data: dict[str, Any], *keys: str) -> dict[str, Any] | None:
    """The table at ``data[key][key]...``; ``None`` when a step is missing or no table."""
    found: object = data
    for key in keys:
        found = found.get(key) if isinstance(found, dict) else None
    return found if isinstance(found, dict) else None


def positive(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    return value if isinstance(value, int) and value > 0 else None


def toml(path: str) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None


def upwards(start: str) -> Iterator[str]:
    """``start`` and its parents, up to (not including) the home folder or the root."""
    home = os.path.expanduser("~")
    path = os.path.abspath(start)
    while True:
        yield path
        parent = os.path.dirname(path)
        if parent == path or parent == home:
            return
        path = parent
