"""What a finding's fix says: one frozen dataclass per kind of fix.

The rules build them (they decide what to change and where); the fixer's
transforms read them (:data:`flake8_asynclog.fix.transforms.TRANSFORMS` maps each
class to its transform). A position is an ``ast`` position, ``(line, col)``:
line 1-based, column 0-based in UTF-8 bytes; a fix's statement positions name
the statement that starts there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

Position = tuple[int, int]


@dataclass(frozen=True)
class DropAwait:
    """ASL106: ``await log.info(...)`` becomes ``log.info(...)`` (the finding's position)."""


@dataclass(frozen=True)
class AddDelay:
    """ASL104: ``delay=True`` added to the file handler built at the finding's position."""


@dataclass(frozen=True)
class AddEnqueue:
    """ASL108: ``enqueue=True`` added to the ``logger.add()`` calls at ``sinks``."""

    sinks: tuple[Position, ...]


@dataclass(frozen=True)
class UnboundedQueue:
    """ASL305: the queue built at the finding's position loses its bound."""


@dataclass(frozen=True)
class KeepTask:
    """ASL201: the dropped task is kept in ``name`` (a module global when ``in_function``)."""

    name: str
    in_function: bool


@dataclass(frozen=True)
class AddGlobal:
    """ASL202: the function declares ``global name`` before the statement keeps the task."""

    name: str


@dataclass(frozen=True)
class InsertSleep:
    """ASL203: ``await asyncio.sleep(0)`` after the statement at ``after``."""

    after: Position
    add_import: bool


@dataclass(frozen=True)
class ThreadQueue:
    """ASL301: the asyncio queue class becomes ``module.cls`` (the thread-safe one)."""

    cls: str
    module: str
    add_import: bool


@dataclass(frozen=True)
class RegisterStop:
    """ASL302: ``atexit.register(receiver.stop)`` after the listener's ``start()``."""

    receiver: str
    add_import: bool


@dataclass(frozen=True)
class AtexitReference:
    """ASL302: ``atexit.register(listener.stop())`` registers ``listener.stop``."""


@dataclass(frozen=True)
class QueueSetup:
    """ASL103: ``WriteOffLoop.install(logger)`` for each of ``loggers`` (as the program
    writes them) after the statement at ``after`` (preceded by ``basicConfig()`` when
    the set-up is the implicit one of the first root-logger call)."""

    loggers: tuple[str, ...]
    implicit: bool
    after: Position


@dataclass(frozen=True)
class StopInFinally:
    """ASL204: the statements from ``first`` up to the ``stop()`` call at ``stop`` go into
    ``try:`` with ``stop()`` in ``finally:`` (``merge``: the lone ``try`` there gets it)."""

    first: Position
    stop: Position
    merge: bool


@dataclass(frozen=True)
class ReraiseCancel:
    """ASL204: the handler at the finding's position that swallows ``CancelledError``
    ends with a bare ``raise``."""


Fix = Union[
    DropAwait,
    AddDelay,
    AddEnqueue,
    UnboundedQueue,
    KeepTask,
    AddGlobal,
    InsertSleep,
    ThreadQueue,
    RegisterStop,
    AtexitReference,
    QueueSetup,
    StopInFinally,
    ReraiseCancel,
]
