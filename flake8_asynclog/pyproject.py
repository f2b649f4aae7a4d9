"""``[tool.flake8-asynclog]`` in ``pyproject.toml``: the plugin's options for ruff-style
projects, read alike by the flake8 plugin, the checker and the fixer.

The file is the nearest ``pyproject.toml`` above the working directory (the walk
stops before the home directory, as flake8's does). Keys are the options' names,
with or without the ``asynclog-`` prefix (``blocking-handlers``); lists are TOML
arrays (or comma-separated strings), switches booleans, paths strings relative to
the file. A flake8 config file (``setup.cfg``, ``tox.ini``, ``.flake8``) setting the
same option wins; the command line wins over both.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

from .options import OPTIONS, ConfigError, Option, Value

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the dependency of 3.9 / 3.10
    import tomli as tomllib

SECTION = "flake8-asynclog"
_PREFIX = "asynclog-"
_BY_KEY = {key: o for o in OPTIONS for key in (o.name, o.name[len(_PREFIX) :])}


def find_pyproject(start: str) -> str | None:
    """The nearest ``pyproject.toml`` at or above ``start`` (``None``: none)."""
    home = os.path.expanduser("~")
    path = os.path.abspath(start)
    while True:
        candidate = os.path.join(path, "pyproject.toml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(path)
        if parent == path or parent == home:
            return None
        path = parent


def pyproject_options(start: str | None = None) -> dict[str, Value]:
    """The plugin's options set in ``[tool.flake8-asynclog]`` (by option name);
    :class:`ConfigError` on a file that does not parse, an unknown key or a value of
    the wrong type."""
    path = find_pyproject(os.path.abspath(start if start is not None else os.curdir))
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {' '.join(str(exc).split())}") from None
    section = data.get("tool", {}).get(SECTION)
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.{SECTION}] must be a table")
    return read_section(section, os.path.dirname(path), path)


def read_section(section: Mapping[str, Any], directory: str, path: str) -> dict[str, Value]:
    values: dict[str, Value] = {}
    for key, raw in section.items():
        option = _BY_KEY.get(key.replace("_", "-"))
        if option is None:
            known = ", ".join(o.name[len(_PREFIX) :] for o in OPTIONS)
            raise ConfigError(f"{path}: unknown key {key!r} in [tool.{SECTION}] (known: {known})")
        values[option.name] = _value(option, raw, directory, f"{path}: {key}")
    return values


def _value(option: Option, raw: object, directory: str, where: str) -> Value:
    if option.kind == "flag":
        if not isinstance(raw, bool):
            raise ConfigError(f"{where}: expected true or false, got {raw!r}")
        return raw
    if option.kind == "path":
        if not isinstance(raw, str):
            raise ConfigError(f"{where}: expected a path (a string), got {raw!r}")
        return os.path.normpath(os.path.join(directory, raw)) if raw else None
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise ConfigError(f"{where}: expected a list of strings, got {raw!r}")
    names = tuple(item.strip() for item in items if item.strip())
    if option.kind == "paths":
        return tuple(os.path.normpath(os.path.join(directory, item)) for item in names)
    return names
