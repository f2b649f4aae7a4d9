"""The flake8 configuration, read the way flake8 reads it.

Discovery (flake8's ``options/config.py``): starting in the current directory
and walking up, the first of ``setup.cfg``, ``tox.ini``, ``.flake8`` that
parses and has a ``[flake8]`` (or ``[flake8:local-plugins]``) section; the
walk stops at the filesystem root and before the home directory. Options are
read from ``[flake8]`` under their dashed or underscored names; lists are
split on commas and whitespace; ``exclude`` patterns containing a path
separator are made absolute relative to the config file's directory.

Code selection (:class:`CodeSelection`) follows flake8's ``DecisionEngine``:
a code is wanted unless it is ignored or, with ``select`` given, not selected;
when a code matches both lists the longest matching prefix wins.
"""

from __future__ import annotations

import configparser
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from .options import (
    LISTS,
    OPTIONS,
    SINGLE_VALUES,
    ConfigError,
    Option,
    Value,
    settings_from,
)
from .paths import TOOL_DIRS
from .pyproject import pyproject_options
from .settings import Settings

CANDIDATES = ("setup.cfg", "tox.ini", ".flake8")
#: What flake8 selects by default once the plugin (entry point ``ASL``) is installed.
PLUGIN_DEFAULT_SELECT = ("ASL",)
#: flake8's default ``ignore`` list (``flake8.defaults.IGNORE``).
FLAKE8_DEFAULT_IGNORE = ("E121", "E123", "E126", "E226", "E24", "E704", "W503", "W504")
#: flake8's default ``exclude`` list (``flake8.defaults.EXCLUDE``), replaced by ``exclude``.
FLAKE8_DEFAULT_EXCLUDE = (
    ".svn", "CVS", ".bzr", ".hg", ".git", "__pycache__", ".tox", ".nox", ".eggs", "*.egg",
)  # fmt: skip
VALID_CODE_PREFIX = re.compile(r"^[A-Z]{1,3}[0-9]{0,3}$", re.ASCII)
_LIST_SEPARATORS = re.compile(r"[,\s]")
_LIST_OPTIONS = (
    "select", "extend-select", "ignore", "extend-ignore", "exclude", "extend-exclude", *LISTS,
)  # fmt: skip
_TRUE = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class FlakeConfig:
    """The options of a ``[flake8]`` section the fixer cares about.

    ``None`` means "not set" (flake8's defaults apply); ``path`` is the config
    file read (``None`` when there is none), ``directory`` the directory
    relative paths are resolved against.
    """

    path: str | None = None
    directory: str = "."
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] | None = None
    extend_ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    #: The plugin's own options that are set (:data:`~flake8_asynclog.options.OPTIONS`).
    asynclog: Mapping[str, Value] = field(default_factory=dict)


@dataclass(frozen=True)
class CodeSelection:
    """flake8's select / ignore decision for one run."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] | None = None
    extend_ignore: tuple[str, ...] = ()

    def wanted(self, code: str) -> bool:
        """Whether flake8 would report ``code`` with this configuration."""
        sel_explicit = _sorted(self.select or (), self.extend_select)
        ign_explicit = _sorted(self.ignore or (), self.extend_ignore)
        base_select = self.select if self.select is not None else PLUGIN_DEFAULT_SELECT
        base_ignore = self.ignore if self.ignore is not None else FLAKE8_DEFAULT_IGNORE
        selected = _sorted(base_select, self.extend_select)
        ignored = _sorted(base_ignore, self.extend_ignore)
        sel = _level(code, sel_explicit, selected)
        ign = _level(code, ign_explicit, ignored)
        if not ign:
            # Selected (explicitly or implicitly) and not ignored -> reported;
            # not selected at all (``select`` given without a match) -> not.
            return sel > 0
        if not sel:
            return False
        if sel != ign:  # the explicit choice beats the implicit one
            return sel > ign
        # In both lists at the same level: the longest matching prefix wins.
        best_select = next(s for s in selected if code.startswith(s))
        best_ignore = next(s for s in ignored if code.startswith(s))
        return len(best_select) > len(best_ignore)


def parse_list(value: str) -> tuple[str, ...]:
    """flake8's comma-separated list: split on commas and whitespace, drop empties."""
    return tuple(item for item in _LIST_SEPARATORS.split(value) if item)


#: The config options whose codes flake8 checks (it takes any ``select``, e.g. ``ASYNC``).
CHECKED_CODE_OPTIONS = frozenset({"ignore", "extend-ignore"})
#: On the fixer's command line a code is upper-case letters then digits (``ASYNC1``,
#: ``ASL``): ``asl1`` is a typo, refused instead of silently selecting nothing.
_COMMAND_LINE_CODE = re.compile(r"^[A-Z]+[0-9]*$")


def parse_codes(value: str, option: str) -> tuple[str, ...]:
    """A list of code prefixes; :class:`ConfigError` on one flake8 would refuse in a
    config's ``ignore`` / ``extend-ignore``, or a malformed one on the command line."""
    codes = parse_list(value)
    if option.startswith("--"):
        pattern = _COMMAND_LINE_CODE
    elif option in CHECKED_CODE_OPTIONS:
        pattern = VALID_CODE_PREFIX
    else:
        return codes
    for code in codes:
        if not pattern.match(code):
            raise ConfigError(
                f"error code {code!r} supplied to {option!r} does not match {pattern.pattern!r}"
            )
    return codes


def find_config_file(start: str) -> str | None:
    """The config file flake8 would use when run in ``start`` (``None``: none)."""
    home = os.path.expanduser("~")
    try:
        home_key = _stat_key(home) if home != "~" else None
    except OSError:
        home_key = None
    path = os.path.abspath(start)
    dir_key = _stat_key(path)
    while True:
        for candidate in CANDIDATES:
            cfg_path = os.path.join(path, candidate)
            parser = configparser.RawConfigParser()
            try:
                parser.read(cfg_path, encoding="UTF-8")
            except (UnicodeDecodeError, configparser.Error):
                continue  # flake8 ignores an unparseable config
            if "flake8" in parser or "flake8:local-plugins" in parser:
                return cfg_path
        parent = os.path.dirname(path)
        parent_key = _stat_key(parent)
        if parent_key == dir_key or parent_key == home_key:
            return None
        path, dir_key = parent, parent_key


def load_config(start: str | None = None) -> FlakeConfig:
    """Find and read the flake8 config for a run in ``start`` (default: cwd), with the
    plugin's options of ``[tool.flake8-asynclog]`` beneath the flake8 file's."""
    start = os.path.abspath(start if start is not None else os.curdir)
    config = _flake8_config(start)
    in_pyproject = pyproject_options(start)
    if in_pyproject:
        config = replace(config, asynclog={**in_pyproject, **config.asynclog})
    return config


def _flake8_config(start: str) -> FlakeConfig:
    path = find_config_file(start)
    if path is None:
        return FlakeConfig(directory=start)
    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="UTF-8")
    except (UnicodeDecodeError, configparser.Error) as exc:  # pragma: no cover - raced
        raise ConfigError(f"{path}: {' '.join(str(exc).split())}") from None
    return parse_section(parser, path)


def parse_section(parser: configparser.RawConfigParser, path: str) -> FlakeConfig:
    """The options of ``parser``'s ``[flake8]`` section (read from ``path``)."""
    directory = os.path.dirname(os.path.abspath(path))
    if "flake8" not in parser:
        return FlakeConfig(path=path, directory=directory)
    section = parser["flake8"]
    values: dict[str, str] = {}
    for key in section:
        name = key.replace("_", "-")
        if name in _LIST_OPTIONS or name in SINGLE_VALUES:
            values[name] = section[key]

    def codes(name: str) -> tuple[str, ...] | None:
        value = values.get(name)
        return None if value is None else parse_codes(value, name)

    def names(name: str) -> tuple[str, ...] | None:
        value = values.get(name)
        return None if value is None else parse_list(value)

    def paths(name: str) -> tuple[str, ...] | None:
        value = names(name)
        return None if value is None else tuple(normalize_path(p, directory) for p in value)

    def own(option: Option) -> Value:
        text = values[option.name]
        if option.kind == "flag":
            return text.strip().lower() in _TRUE
        if option.kind == "path":
            return normalize_path(text.strip(), directory) if text.strip() else None
        return paths(option.name) if option.kind == "paths" else names(option.name)

    try:
        return FlakeConfig(
            path=path,
            directory=directory,
            select=codes("select"),
            extend_select=codes("extend-select") or (),
            ignore=codes("ignore"),
            extend_ignore=codes("extend-ignore") or (),
            exclude=paths("exclude"),
            extend_exclude=paths("extend-exclude") or (),
            asynclog={o.name: own(o) for o in OPTIONS if o.name in values},
        )
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def make_selection(
    config: FlakeConfig,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
) -> CodeSelection:
    """The run's selection: command-line ``select`` / ``ignore`` replace the config's."""
    return CodeSelection(
        select=tuple(select) if select is not None else config.select,
        extend_select=config.extend_select,
        ignore=tuple(ignore) if ignore is not None else config.ignore,
        extend_ignore=config.extend_ignore,
    )


def make_settings(config: FlakeConfig, given: Mapping[str, Value] | None = None) -> Settings:
    """The plugin's settings: the options ``given`` on the command line replace the
    config's (a switch given on either side is on); starter names are always added
    to :data:`~flake8_asynclog.settings.DEFAULT_STARTER_NAMES`."""
    values = dict(config.asynclog)
    for name, value in (given or {}).items():
        if value is not None and value is not False:
            values[name] = value
    return settings_from(values, exclude_patterns(config))


def exclude_patterns(config: FlakeConfig) -> tuple[str, ...]:
    """Patterns of paths to skip: flake8's ``exclude`` (or its default),
    ``extend-exclude``, and the tool folders (:data:`~flake8_asynclog.paths.TOOL_DIRS`)."""
    base = config.exclude if config.exclude is not None else FLAKE8_DEFAULT_EXCLUDE
    return (*base, *config.extend_exclude, *TOOL_DIRS)


def normalize_path(path: str, parent: str) -> str:
    """flake8's ``normalize_path``: a pattern with a separator becomes absolute."""
    separators = os.path.sep + (os.path.altsep or "")
    if path == "." or any(sep in path for sep in separators):
        path = os.path.abspath(os.path.join(parent, path))
    return path.rstrip(separators)


def _level(code: str, explicit: tuple[str, ...], implicit: tuple[str, ...]) -> int:
    """2: matched by an explicit entry, 1: by a default one, 0: not matched."""
    return 2 if code.startswith(explicit) else 1 if code.startswith(implicit) else 0


def _sorted(*parts: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted((code for part in parts for code in part), reverse=True))


def _stat_key(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_ino, info.st_dev
