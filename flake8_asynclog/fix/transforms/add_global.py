"""Fix kind ``add_global``: see :mod:`flake8_asynclog.fix.transforms.statements`."""

from __future__ import annotations

from .statements import add_global as transform

KIND = "add_global"

__all__ = ["KIND", "transform"]
