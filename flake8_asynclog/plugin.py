"""The flake8 entry point (``ASL``) and its options."""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator, Sequence
from typing import Any

from . import __version__
from .checker import analyze
from .precheck import relevant
from .settings import DEFAULT_SETTINGS, DEFAULT_STARTER_NAMES, Settings


def _names(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = value.split(",")
    return frozenset(item.strip() for item in value if item and item.strip())


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
        manager.add_option(
            "--asynclog-starter-names",
            default="",
            parse_from_config=True,
            comma_separated_list=True,
            help="Coroutine names taken as logger starters when their definition is not "
            f"visible (added to: {', '.join(DEFAULT_STARTER_NAMES)}).",
        )
        manager.add_option(
            "--asynclog-blocking-handlers",
            default="",
            parse_from_config=True,
            comma_separated_list=True,
            help="Dotted handler class names that block the calling thread.",
        )
        manager.add_option(
            "--asynclog-nonblocking-handlers",
            default="",
            parse_from_config=True,
            comma_separated_list=True,
            help="Dotted handler class names known not to block.",
        )

        manager.add_option(
            "--asynclog-no-project",
            action="store_true",
            parse_from_config=True,
            help="Single-file mode: do not read the project's other modules for their "
            "handlers and coroutine loggers.",
        )
        manager.add_option(
            "--asynclog-project-root",
            default=None,
            parse_from_config=True,
            normalize_paths=True,
            help="The project root (default: the nearest folder with pyproject.toml, "
            "setup.cfg, setup.py or .git).",
        )
        manager.add_option(
            "--asynclog-config-modules",
            default="",
            parse_from_config=True,
            comma_separated_list=True,
            normalize_paths=True,
            help="Extra files holding the logging set-up, read with the project.",
        )

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        cls.settings = Settings(
            starter_names=frozenset(DEFAULT_STARTER_NAMES)
            | _names(getattr(options, "asynclog_starter_names", None)),
            blocking_handlers=_names(getattr(options, "asynclog_blocking_handlers", None)),
            nonblocking_handlers=_names(getattr(options, "asynclog_nonblocking_handlers", None)),
            project_scan=not getattr(options, "asynclog_no_project", False),
            project_root=getattr(options, "asynclog_project_root", None) or None,
            config_modules=tuple(sorted(_names(getattr(options, "asynclog_config_modules", None)))),
            exclude=tuple(
                (getattr(options, "exclude", None) or [])
                + (getattr(options, "extend_exclude", None) or [])
            ),
        )

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        source = "".join(self.lines)
        if not relevant(source):
            return
        for finding in analyze(source, self.filename, self.settings, self.tree):
            yield finding.line, finding.col, finding.text, type(self)
