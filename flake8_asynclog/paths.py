"""Which paths are left alone: one matcher and one list of folders, for the fixer's walk
and the project index."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence

#: Folders of tools, environments and build output: never walked into, whatever the config.
TOOL_DIRS = (
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "env", ".env", "__pycache__",
    "build", "dist", "*.egg-info", ".eggs", "node_modules", "site-packages",
    ".mypy_cache", ".pytest_cache", ".ruff_cache",
)  # fmt: skip


def is_excluded(path: str, patterns: Sequence[str]) -> bool:
    """flake8's ``matches_filename``: the basename or the absolute path matches a pattern."""
    base = os.path.basename(path)
    if base not in {".", ".."} and any(fnmatch.fnmatch(base, p) for p in patterns):
        return True
    absolute = os.path.abspath(path)
    return any(fnmatch.fnmatch(absolute, p) for p in patterns)
