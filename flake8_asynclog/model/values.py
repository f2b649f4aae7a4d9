"""Abstract values: what an expression evaluates to, as far as logging is concerned."""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from typing import Union

from .scopes import ClassInfo, FunctionNode, Scope


@dataclass(frozen=True)
class Unknown:
    """Nothing the model can tell."""


@dataclass(frozen=True)
class Imported:
    """An imported module or object, by qualified name (``logging.handlers.QueueHandler``)."""

    name: str


@dataclass(frozen=True)
class LoggerVal:
    """A stdlib logger; ``name`` is ``""`` for root, ``None`` when computed at run time."""

    name: str | None


@dataclass(frozen=True, eq=False)
class HandlerVal:
    """A handler instance: its kind (SPEC §3), the class shown in messages, where it is made."""

    kind: str
    label: str
    node: ast.AST


@dataclass(frozen=True, eq=False)
class QueueVal:
    """A queue instance: ``asyncio`` or ``thread``-safe, bounded or not."""

    kind: str
    label: str
    bounded: bool
    node: ast.Call


@dataclass(frozen=True, eq=False)
class ListenerVal:
    """A ``QueueListener`` made at ``node``."""

    node: ast.Call


@dataclass(frozen=True)
class LoopVal:
    """An event loop from ``get_running_loop`` / ``get_event_loop`` / ``new_event_loop``."""


@dataclass(frozen=True)
class HandlerList:
    """The handler list of a logger (``logger.handlers``, a copy of it, or one item of it)."""

    logger: LoggerVal | ParamVal


@dataclass(frozen=True)
class ParamVal:
    """A function parameter: unknown here, but a call site may tell."""

    func: ast.AST
    index: int


@dataclass(frozen=True, eq=False)
class FuncVal:
    """A function defined in this module."""

    node: FunctionNode
    scope: Scope


@dataclass(frozen=True, eq=False)
class ClassVal:
    """A class defined in this module."""

    info: ClassInfo


@dataclass(frozen=True)
class ListVal:
    """A literal list or tuple of values."""

    items: tuple[Value, ...]


@dataclass(frozen=True, eq=False)
class EachOf:
    """The variable of a ``for`` loop over a literal list or tuple: each item in turn."""

    items: tuple[Value, ...]
    loop: ast.For | ast.AsyncFor


@dataclass(frozen=True)
class LoggerFactory:
    """A function of another module that returns ``getLogger(...)``: of a fixed name, or
    of the name its parameter ``param`` is given."""

    name: str | None
    param: int | None = None
    # handlers it attaches to the logger it returns (kind, class shown): every logger
    # obtained through it has them
    attaches: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ConfigDict:
    """A module-level ``dictConfig`` dict another module of the project defines
    (``LOGGING_CONFIG = {"version": 1, ...}``), as JSON text (unknown values: ``null``)."""

    text: str

    @property
    def value(self) -> object:
        return json.loads(self.text)


@dataclass(frozen=True)
class HandlerInstaller:
    """A function of another module of the project that attaches the handler it is
    given to the logger it is given (``def install(target, handler):
    target.addHandler(handler)``): the parameters' positions and names."""

    logger: tuple[int, str]
    handler: tuple[int, str]


@dataclass(frozen=True)
class HandlerListMaker:
    """A function of another module of the project returning a list of handlers it
    makes (``def build_handlers(): return [FileHandler(...), StreamHandler()]``)."""

    items: tuple[tuple[str, str], ...]  # (kind, class shown) of each


@dataclass(frozen=True)
class HandlerMaker:
    """A handler class or a function returning a handler, defined in another module of
    the project: calling it makes a handler of that kind."""

    kind: str
    label: str


@dataclass(frozen=True)
class Const:
    """A literal constant (``None``, numbers, strings)."""

    value: object


Value = Union[
    Unknown,
    Imported,
    LoggerVal,
    HandlerVal,
    QueueVal,
    ListenerVal,
    LoopVal,
    HandlerList,
    ParamVal,
    FuncVal,
    ClassVal,
    ListVal,
    EachOf,
    LoggerFactory,
    HandlerMaker,
    HandlerListMaker,
    HandlerInstaller,
    ConfigDict,
    Const,
]
UNKNOWN = Unknown()


def common_value(values: list[Value]) -> Value:
    """The one value several bindings of a name share (``None`` set-ups ignored), else unknown."""
    kept = [v for v in values if not (isinstance(v, Const) and v.value is None)]
    if not kept:
        return values[-1] if values else UNKNOWN
    first = kept[0]
    for other in kept[1:]:
        if other is first or other == first:
            continue
        if isinstance(first, HandlerVal) and isinstance(other, HandlerVal):
            if other.kind == first.kind:
                continue
        return UNKNOWN
    return first
