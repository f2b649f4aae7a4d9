"""Fix kind ``keep_task``: see :mod:`flake8_asynclog.fix.transforms.statements`."""

from __future__ import annotations

from .statements import keep_task as transform

KIND = "keep_task"

__all__ = ["KIND", "transform"]
