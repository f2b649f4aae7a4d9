"""The plugin's own options, defined once: the flake8 plugin, the fixer's command line and
its reading of the flake8 config all take them from :data:`OPTIONS`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Union

from .settings import DEFAULT_STARTER_NAMES, Settings

#: What an option holds once read: a list (names, paths), a switch, or one path.
Value = Union["tuple[str, ...]", bool, "str | None"]


class ConfigError(Exception):
    """A configuration that cannot be used; one-line message."""


@dataclass(frozen=True)
class Option:
    """``kind``: ``names`` / ``paths`` (comma-separated lists; paths relative to the
    config file), ``flag`` (a switch) or ``path`` (one path)."""

    name: str
    kind: str
    help: str
    #: A shorter spelling the standalone checker and the fixer accept (``--no-cache``).
    alias: str = ""

    @property
    def dest(self) -> str:
        """The attribute argparse and flake8 store it under."""
        return self.name.replace("-", "_")


OPTIONS = (
    Option(
        "asynclog-starter-names",
        "names",
        "coroutine names taken as logger starters when their definition is not visible "
        f"(added to: {', '.join(DEFAULT_STARTER_NAMES)})",
    ),
    Option(
        "asynclog-blocking-handlers",
        "names",
        "dotted handler class names (pkg.mod.Class) that block the calling thread",
    ),
    Option(
        "asynclog-nonblocking-handlers",
        "names",
        "dotted handler class names known not to block",
    ),
    Option(
        "asynclog-no-project",
        "flag",
        "single-file mode: do not read the project's other modules for their handlers "
        "and coroutine loggers",
    ),
    Option(
        "asynclog-project-root",
        "path",
        "the project root (default: the nearest folder with pyproject.toml, setup.cfg, "
        "setup.py or .git)",
    ),
    Option(
        "asynclog-config-modules",
        "paths",
        "extra files holding the logging set-up, read with the project",
    ),
    Option(
        "asynclog-every-call",
        "flag",
        "report ASL101 / ASL102 at every logging call that reaches a blocking handler "
        "(default: once per coroutine, at its first such call)",
    ),
    Option(
        "asynclog-no-cache",
        "flag",
        "do not read or write the project index cache",
        alias="no-cache",
    ),
    Option(
        "asynclog-cache-dir",
        "path",
        "the folder of the project index cache (default: .asynclog_cache in the project "
        "root, or the FLAKE8_ASYNCLOG_CACHE_DIR environment variable)",
        alias="cache-dir",
    ),
)
LISTS = tuple(o.name for o in OPTIONS if o.kind in ("names", "paths"))
SINGLE_VALUES = tuple(o.name for o in OPTIONS if o.kind in ("flag", "path"))


_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"
#: What each list of names must hold, and how to say what is wrong.
_NAME_FORMS = {
    "asynclog-starter-names": (re.compile(rf"^{_IDENTIFIER}$"), "a function name"),
    "asynclog-blocking-handlers": (
        re.compile(rf"^{_IDENTIFIER}(?:\.{_IDENTIFIER})+$"),
        "a dotted class name, as it is imported (pkg.module.Handler)",
    ),
}
_NAME_FORMS["asynclog-nonblocking-handlers"] = _NAME_FORMS["asynclog-blocking-handlers"]


def settings_from(values: Mapping[str, Value], exclude: tuple[str, ...] = ()) -> Settings:
    """The settings for option values read by name (a missing one has its default);
    :class:`ConfigError` on a name that cannot mean what the option needs."""

    def names(name: str) -> tuple[str, ...]:
        value = values.get(name)
        found = tuple(item for item in value if item) if isinstance(value, tuple) else ()
        form = _NAME_FORMS.get(name)
        for item in found:
            if form is not None and not form[0].match(item):
                raise ConfigError(f"{name}: {item!r} is not {form[1]}")
        return found

    root = values.get("asynclog-project-root")
    cache_dir = values.get("asynclog-cache-dir")
    return Settings(
        starter_names=frozenset((*DEFAULT_STARTER_NAMES, *names("asynclog-starter-names"))),
        blocking_handlers=frozenset(names("asynclog-blocking-handlers")),
        nonblocking_handlers=frozenset(names("asynclog-nonblocking-handlers")),
        project_scan=not values.get("asynclog-no-project"),
        project_root=root if isinstance(root, str) and root else None,
        config_modules=tuple(sorted(set(names("asynclog-config-modules")))),
        exclude=exclude,
        every_call=bool(values.get("asynclog-every-call")),
        cache=not values.get("asynclog-no-cache"),
        cache_dir=cache_dir if isinstance(cache_dir, str) and cache_dir else None,
    )
