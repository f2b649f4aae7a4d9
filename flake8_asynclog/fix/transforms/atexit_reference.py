"""Fix kind ``atexit_reference``: see :mod:`flake8_asynclog.fix.transforms.queue_objects`."""

from __future__ import annotations

from .queue_objects import atexit_reference as transform

KIND = "atexit_reference"

__all__ = ["KIND", "transform"]
