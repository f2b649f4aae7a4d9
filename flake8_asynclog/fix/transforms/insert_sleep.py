"""Fix kind ``insert_sleep``: see :mod:`flake8_asynclog.fix.transforms.statements`."""

from __future__ import annotations

from .statements import insert_sleep as transform

KIND = "insert_sleep"

__all__ = ["KIND", "transform"]
