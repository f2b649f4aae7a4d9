"""Fix kind ``thread_queue``: see :mod:`flake8_asynclog.fix.transforms.queue_objects`."""

from __future__ import annotations

from .queue_objects import thread_queue as transform

KIND = "thread_queue"

__all__ = ["KIND", "transform"]
