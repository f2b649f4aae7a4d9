"""Read a literal ``logging.config.dictConfig`` dictionary."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field

from ..catalogue import row_for
from .names import canonical, handler_kind_of
from .scopes import Scope

QUEUE_HANDLER_CLASSES = frozenset({"logging.handlers.QueueHandler"})


@dataclass
class DictHandler:
    """One entry of the ``handlers`` section."""

    name: str
    kind: str  # a handler kind, or "unknown"
    label: str
    queue: object = None  # the ``queue`` entry of a QueueHandler, as read
    listens_to: list[str] = field(default_factory=list)  # QueueHandler "handlers" (3.12)


@dataclass
class DictLogger:
    """One entry of ``loggers`` (or ``root``)."""

    handlers: list[str] | None
    propagate: bool | None


@dataclass
class DictConfig:
    handlers: dict[str, DictHandler]
    loggers: dict[str, DictLogger]


def plain(value: object) -> object:
    """``value`` (from :func:`literal`) with what is not a literal made ``None``
    (unknown), so it can be kept in the project index."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value if isinstance(value, (str, int, float, bool)) or value is None else None


def literal(node: ast.AST, module: Scope, depth: int = 0) -> object:
    """The Python value of a literal dict/list/constant; other nodes are kept as nodes."""
    if depth > 50:
        return node
    if isinstance(node, ast.Dict):
        out: dict[str, object] = {}
        for key, value in zip(node.keys, node.values):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                out[key.value] = literal(value, module, depth + 1)
        return out
    if isinstance(node, (ast.List, ast.Tuple)):
        return [literal(elt, module, depth + 1) for elt in node.elts]
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict":
        return {kw.arg: literal(kw.value, module, depth + 1) for kw in node.keywords if kw.arg}
    if isinstance(node, ast.Name):
        bindings = module.assigns.get(node.id)
        if bindings and len(bindings) == 1 and isinstance(bindings[0][1], (ast.Dict, ast.Call)):
            return literal(bindings[0][1], module, depth + 1)
    return node


#: The kind and class shown of a handler class the project defines, by dotted name.
Resolver = Callable[[str], "tuple[str, str] | None"]


def read(config: object, resolve: Resolver | None = None) -> DictConfig | None:
    """The handlers and loggers of a literal config; ``None`` if it is not one.
    ``resolve`` names the kind of the project's own handler classes
    (``"class": "app.logutils.SafeRotatingFileHandler"``)."""
    if not isinstance(config, dict) or config.get("incremental") is True:
        return None
    handlers: dict[str, DictHandler] = {}
    raw_handlers = config.get("handlers", {})
    if isinstance(raw_handlers, dict):
        for name, spec in raw_handlers.items():
            handlers[name] = _handler(name, spec, resolve)
    loggers: dict[str, DictLogger] = {}
    raw_loggers = config.get("loggers", {})
    if isinstance(raw_loggers, dict):
        for name, spec in raw_loggers.items():
            key = "" if name in ("", "root") else name
            loggers[key] = _logger(spec)
    if "root" in config:
        loggers[""] = _logger(config["root"])
    return DictConfig(handlers, loggers)


def _handler(name: str, spec: object, resolve: Resolver | None = None) -> DictHandler:
    if not isinstance(spec, dict):
        return DictHandler(name, "unknown", name)
    cls = spec.get("class")
    if not isinstance(cls, str):
        return DictHandler(name, "unknown", name)
    qual = canonical(cls)
    label = qual.rsplit(".", 1)[-1]
    if qual in QUEUE_HANDLER_CLASSES:
        listens = spec.get("handlers")
        listens_to = [h for h in listens if isinstance(h, str)] if isinstance(listens, list) else []
        return DictHandler(name, "queue", label, spec.get("queue"), listens_to)
    kind = handler_kind_of(qual)
    if kind is None and resolve is not None:
        found = resolve(qual)
        if found is not None:
            return DictHandler(name, found[0], found[1])
    if kind is None or kind == "base":
        return DictHandler(name, "unknown", label)
    return DictHandler(name, switched(qual, kind, spec), label)


def switched(qual: str, kind: str, spec: dict[object, object]) -> str:
    """The kind a catalogued handler gets from its entry's arguments (``"use_queues":
    False``; a class given as ``"ext://pkg.SyncTransport"``)."""
    row = row_for(qual)
    for switch in row.switches if row is not None else ():
        value = spec.get(switch.argument, _MISSING)
        if isinstance(value, str) and isinstance(switch.value, str):
            value = value.removeprefix("ext://").rsplit(".", 1)[-1]
        if type(value) is type(switch.value) and value == switch.value:
            return switch.kind
    return kind


_MISSING = object()


def _logger(spec: object) -> DictLogger:
    if not isinstance(spec, dict):
        return DictLogger(None, None)
    raw = spec.get("handlers")
    handlers = [h for h in raw if isinstance(h, str)] if isinstance(raw, list) else None
    propagate = spec.get("propagate")
    return DictLogger(handlers, propagate if isinstance(propagate, bool) else None)
