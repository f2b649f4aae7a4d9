"""The plugin's options, shared by the flake8 plugin and the fixer."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_STARTER_NAMES: tuple[str, ...] = (
    "init_logger",
    "init_logging",
    "setup_logger",
    "setup_logging",
    "configure_logger",
    "configure_logging",
    "start_logger",
    "safely_start_logger",
)


@dataclass(frozen=True)
class Settings:
    """Options that change what the model believes.

    ``starter_names``: coroutine names taken as logger starters when their
    definition is not visible. ``blocking_handlers`` / ``nonblocking_handlers``:
    dotted class names (``pkg.mod.Class``) whose instances are known to block
    the calling thread, or known not to. ``project_scan``: read the other
    modules of the project (from ``project_root``, else the nearest folder
    with ``pyproject.toml`` / ``setup.cfg`` / ``setup.py`` / ``.git``) for
    their handlers and coroutine loggers; ``config_modules`` are extra files
    to read; ``exclude`` holds flake8's exclude patterns. ``every_call``:
    report ASL101 / ASL102 at every logging call, not once per coroutine. ``cache``:
    keep the project index between runs, in ``cache_dir`` (default: in the root).
    """

    starter_names: frozenset[str] = frozenset(DEFAULT_STARTER_NAMES)
    blocking_handlers: frozenset[str] = frozenset()
    nonblocking_handlers: frozenset[str] = frozenset()
    project_scan: bool = True
    project_root: str | None = None
    config_modules: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    every_call: bool = False
    cache: bool = True
    cache_dir: str | None = None


DEFAULT_SETTINGS = Settings()
