"""Fix data the checker attaches to fixable findings, so the fixer never re-analyses."""

from __future__ import annotations

import ast
from typing import Any, Optional

from ..model import Model
from ..model.scopes import Scope


def setup_fix(
    model: Model, site: ast.AST, scope: Scope, loggers: list[str], implicit: bool
) -> Optional[dict[str, Any]]:
    """Where and how to move ``loggers``' handlers behind a queue (ASL103)."""
    return None
