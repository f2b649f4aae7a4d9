"""Fix kind ``register_stop``: see :mod:`flake8_asynclog.fix.transforms.queue_objects`."""

from __future__ import annotations

from .queue_objects import register_stop as transform

KIND = "register_stop"

__all__ = ["KIND", "transform"]
