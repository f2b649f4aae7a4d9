"""What a module does with loguru: the sinks it adds, whether it removes the default
one, and the loguru calls its coroutines make."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .scopes import CallSite
from .values import ClassVal, Const, FuncVal, HandlerVal

if TYPE_CHECKING:
    from . import Model
    from .evaluate import Evaluator

LOGGER = "loguru.logger"
#: loguru's logging methods.
METHODS = frozenset(
    {"trace", "debug", "info", "success", "warning", "error", "critical", "exception", "log"}
)
#: Sink kinds written on the caller.
BLOCKING_SINKS = frozenset({"file", "stream"})


@dataclass(frozen=True)
class Sink:
    """A ``logger.add(sink, ...)`` call: ``file`` (a path or a file object), ``stream``
    (``sys.stderr`` / ``sys.stdout``), ``queued`` (``enqueue=True``) or ``unknown`` (a
    function, a handler, a class: not judged here)."""

    node: ast.Call
    kind: str

    @property
    def line(self) -> int:
        return self.node.lineno

    @property
    def col(self) -> int:
        return self.node.col_offset


def sinks_of(evaluator: Evaluator) -> list[Sink]:
    """The ``logger.add()`` calls of the evaluator's module, with their kinds."""
    qualname = evaluator.facts.imports.qualname
    return [
        Sink(site.node, sink_kind(evaluator, site))
        for site in evaluator.facts.calls
        if qualname(site.node.func) == f"{LOGGER}.add" and site.node.args
    ]


def sink_kind(evaluator: Evaluator, site: CallSite) -> str:
    call = site.node
    enqueue = next((kw.value for kw in call.keywords if kw.arg == "enqueue"), None)
    queued = evaluator.value(enqueue, site.scope) if enqueue is not None else None
    if isinstance(queued, Const) and queued.value is True:
        return "queued"
    if enqueue is not None and not isinstance(queued, Const):
        return "unknown"  # enqueue=settings.ENQUEUE: cannot tell
    sink = call.args[0]
    if evaluator.facts.imports.qualname(sink) in ("sys.stderr", "sys.stdout"):
        return "stream"
    if isinstance(sink, ast.Lambda):
        return "unknown"
    if isinstance(evaluator.value(sink, site.scope), (FuncVal, ClassVal, HandlerVal)):
        return "unknown"
    return "file"


def strongest(sinks: list[Sink]) -> str:
    """The kind of a stdlib handler that forwards to these sinks (the InterceptHandler
    recipe): ``file`` over ``stream`` over ``queued``; ``unknown`` when none is known."""
    return strongest_kind({sink.kind for sink in sinks})


def strongest_kind(kinds: set[str]) -> str:
    """:func:`strongest` of sink kinds."""
    return next((kind for kind in ("file", "stream", "queued") if kind in kinds), "unknown")


def removes_default(model: Model) -> bool:
    """``logger.remove()`` (every sink, the default one too) or ``logger.remove(0)``."""
    for site in model.facts.calls:
        if model.facts.imports.qualname(site.node.func) != f"{LOGGER}.remove":
            continue
        args = site.node.args
        if not args or (isinstance(args[0], ast.Constant) and args[0].value == 0):
            return True
    return False


def coroutine_calls(model: Model) -> list[tuple[CallSite, str]]:
    """loguru logging calls in coroutine bodies (``logger.info``, ``logger.opt(...).info``,
    ``logger.bind(...).info``), with how messages show them."""
    out = []
    for site in model.facts.calls:
        if not site.in_coroutine:
            continue
        func = site.node.func
        if not isinstance(func, ast.Attribute) or func.attr not in METHODS:
            continue
        base: ast.expr = func.value
        for _ in range(3):  # log = logger.bind(task="backfill"); ... log.info()
            base = unbound(base)
            if model.facts.imports.qualname(base) == LOGGER:
                out.append((site, f"logger.{func.attr}()"))
                break
            made = model.evaluator.bound_call(base, site.scope)
            if made is None or not isinstance(made.func, ast.Attribute):
                break
            if made.func.attr not in _DERIVED:
                break
            base = made
    return out


_DERIVED = ("opt", "bind", "patch", "contextualize")  # loguru loggers made from logger


def unbound(base: ast.expr) -> ast.expr:
    """``logger`` of ``logger.opt(...).bind(...)``."""
    while isinstance(base, ast.Call) and isinstance(base.func, ast.Attribute):
        if base.func.attr not in _DERIVED:
            break
        base = base.func.value
    return base
