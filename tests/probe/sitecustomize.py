"""Probe for the runtime fidelity tests, loaded by ``site`` when this folder is on PYTHONPATH.

With ``ASYNCLOG_ONLOOP=PATH`` set, every ``emit()`` of a handler class (stdlib
or defined later by the program) that is neither a queue nor a null handler,
nor a buffer in memory, appends one byte to PATH (once per record and handler) when it runs on a
thread whose event loop is running.
Appending with ``os.write`` keeps the count right across forks and ``os._exit``.
"""

from __future__ import annotations

import asyncio
import io
import logging
import logging.handlers
import os
from collections.abc import Iterator
from typing import Any

_PATH = os.environ.get("ASYNCLOG_ONLOOP")
_NOT_COUNTED = (logging.handlers.QueueHandler, logging.NullHandler)
_IN_MEMORY = (io.StringIO, io.BytesIO)


def _blocks(handler: logging.Handler) -> bool:
    """Writes somewhere that can block: not a buffer in memory (MemoryHandler flushes)."""
    if isinstance(handler, logging.handlers.MemoryHandler):
        return True
    if isinstance(handler, logging.handlers.BufferingHandler):
        return False
    return not isinstance(getattr(handler, "stream", None), _IN_MEMORY)


def _on_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _count(cls: type[logging.Handler]) -> None:
    emit = cls.__dict__.get("emit")
    if emit is None or getattr(emit, "counted", False) or issubclass(cls, _NOT_COUNTED):
        return

    def counted(self: logging.Handler, record: logging.LogRecord) -> Any:
        # once per record and handler: not again for the base class emit() it calls
        if _PATH and type(self).emit is counted and _blocks(self) and _on_loop():
            fd = os.open(_PATH, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            os.write(fd, b"x")
            os.close(fd)
        return emit(self, record)

    counted.counted = True  # type: ignore[attr-defined]
    cls.emit = counted  # type: ignore[method-assign]


def _subclasses(cls: type[logging.Handler]) -> Iterator[type[logging.Handler]]:
    yield cls
    for sub in cls.__subclasses__():
        yield from _subclasses(sub)


def _count_subclass(cls: type[logging.Handler], **kwargs: Any) -> None:
    _count(cls)


if _PATH:
    for handler_class in list(_subclasses(logging.Handler)):
        _count(handler_class)
    logging.Handler.__init_subclass__ = classmethod(_count_subclass)  # type: ignore[assignment]
