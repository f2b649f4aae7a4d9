"""Which paths are left alone: one matcher and one list of folders, for the fixer's walk
and the project index."""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from collections.abc import Callable, Sequence

#: Folders of tools, environments and build output: never walked into, whatever the config.
TOOL_DIRS = (
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "env", ".env", "__pycache__",
    "build", "dist", "*.egg-info", ".eggs", "node_modules", "site-packages",
    ".mypy_cache", ".pytest_cache", ".ruff_cache",
)  # fmt: skip


def is_excluded(path: str, patterns: Sequence[str]) -> bool:
    """flake8's ``matches_filename``: the basename or the absolute path matches a pattern."""
    if not patterns:
        return False
    match = _matcher(tuple(patterns))
    base = os.path.basename(path)
    if base not in {".", ".."} and match(os.path.normcase(base)):
        return True
    return match(os.path.normcase(os.path.abspath(path))) is not None


@functools.lru_cache(maxsize=64)
def _matcher(patterns: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """One compiled expression for a set of patterns (what ``fnmatch`` would compile one
    by one on every call)."""
    joined = "|".join(fnmatch.translate(os.path.normcase(p)) for p in patterns)
    return re.compile(joined).match
