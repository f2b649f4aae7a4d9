"""The flake8 entry point (``ASL``) and its options."""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from . import __version__
from .checker import analyze
from .options import OPTIONS, ConfigError, Option, Value, settings_from
from .paths import TOOL_DIRS
from .pyproject import pyproject_options
from .settings import DEFAULT_SETTINGS, Settings


def _value(option: Option, value: Any) -> Value:
    """flake8's parsed option value in the form :func:`settings_from` reads."""
    if option.kind == "flag":
        return bool(value)
    if option.kind == "path":
        return str(value) if value else None
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(item.strip() for item in value if item and item.strip())


class Plugin:
    """flake8-asynclog: coroutines logging through blocking handlers, and the set-up behind it."""

    name = "flake8-asynclog"
    version = __version__
    settings: Settings = DEFAULT_SETTINGS

    def __init__(self, tree: ast.Module, filename: str, lines: Sequence[str]) -> None:
        self.tree = tree
        self.filename = filename
        self.lines = lines

    @classmethod
    def add_options(cls, manager: Any) -> None:
        for option in OPTIONS:
            kwargs: dict[str, Any] = {"parse_from_config": True, "help": option.help + "."}
            if option.kind == "flag":
                kwargs["action"] = "store_true"
            else:
                kwargs["default"] = "" if option.kind in ("names", "paths") else None
                kwargs["comma_separated_list"] = option.kind in ("names", "paths")
                kwargs["normalize_paths"] = option.kind in ("path", "paths")
            manager.add_option(f"--{option.name}", **kwargs)

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        exclude = (getattr(options, "exclude", None) or []) + (
            getattr(options, "extend_exclude", None) or []
        )
        try:
            values = pyproject_options()
            for option in OPTIONS:
                value = _value(option, getattr(options, option.dest, None))
                if value or option.name not in values:  # set for flake8: it wins
                    values[option.name] = value
            cls.settings = settings_from(values, (*exclude, *TOOL_DIRS))
        except ConfigError as exc:
            sys.stderr.write(f"flake8-asynclog: error: {exc}\n")
            raise SystemExit(2) from None

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        source = "".join(self.lines)
        for finding in analyze(source, self.filename, self.settings, self.tree):
            yield finding.line, finding.col, finding.text, type(self)
