"""What other modules import from a module: its loggers, logger factories, handler
classes and makers, set-up helpers and logging configs (into its
:class:`~flake8_asynclog.model.project.ModuleSummary`)."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..precheck import imports_logging
from . import dictconfig
from .scopes import Scope
from .values import FuncVal, HandlerVal, Imported, ListVal, LoggerVal

if TYPE_CHECKING:
    from . import Model
    from .project import ModuleSummary

_CONFIG_DICT = re.compile(r"[\"']version[\"']\s*:")
_CONFIG_LOADS = ("json.load", "yaml.safe_load", "yaml.load", "tomllib.load", "tomli.load")


def may_export(text: str) -> bool:
    """Whether a module can define a logger, a handler or a logging config other modules
    import (a cheap text test before it is summarised on demand)."""
    if imports_logging(text):
        return True
    return _CONFIG_DICT.search(text) is not None or any(w in text for w in _CONFIG_LOADS)


def exports(model: Model, summary: ModuleSummary) -> None:
    """The module-level loggers, logger factories, handler makers and handler lists of a
    module, for the modules that import them (into ``summary``)."""
    module = model.facts.module
    evaluator = model.evaluator
    loggers, factories = summary.loggers, summary.factories
    makers, lists = summary.handler_makers, summary.handler_lists
    for name, bindings in module.assigns.items():
        node = bindings[-1][1]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            func = evaluator.value(node, module)
            if not isinstance(func, FuncVal) or node.name != name:
                continue
            installs = installs_parameter(model, func)
            if installs is not None:
                summary.installers[name] = installs
            returned = evaluator.returned(func)
            if isinstance(returned, LoggerVal) and returned.name is not None:
                factories[name] = (returned.name, None, attached_to_returned(model, func))
            elif isinstance(returned, LoggerVal):
                param = evaluator.logger_param(func)
                if param is not None:
                    factories[name] = (None, param, attached_to_returned(model, func))
            elif isinstance(returned, HandlerVal):
                makers[name] = (returned.kind, returned.label)
            elif isinstance(returned, ListVal) and returned.items:
                made = [item for item in returned.items if isinstance(item, HandlerVal)]
                if len(made) == len(returned.items):
                    lists[name] = tuple((item.kind, item.label) for item in made)
        elif isinstance(node, ast.ClassDef):
            info = model.facts.classes.get(name)
            handler = evaluator.class_kind(info) if info is not None and info.node is node else None
            if handler is not None:
                makers[name] = handler
            elif info is not None and info.node is node:  # a mixin's logger (property)
                for attr in (*info.attrs, *info.methods):
                    value = evaluator.class_attr(info, attr)
                    if isinstance(value, LoggerVal) and value.name is not None:
                        loggers[f"{name}.{attr}"] = value.name
        config = None
        if isinstance(node, ast.FunctionDef) and len(bindings) == 1:  # def load_config():
            config = logging_config(model.config.files.returned(node))
        if isinstance(node, ast.Dict) and len(bindings) == 1:  # LOGGING = {...}
            config = logging_config(dictconfig.literal(node, module))
        if config is not None:
            summary.configs[name] = config
        elif isinstance(node, (ast.Call, ast.Name, ast.Attribute)):
            value = evaluator.name(name, module, 1 << 62)
            if isinstance(value, LoggerVal) and value.name is not None:
                loggers[name] = value.name


def logging_config(value: object) -> str | None:
    """``value`` as JSON when it is a dictConfig dict (it has a ``version``), with what is
    not a literal made ``null``."""
    if isinstance(value, dict) and "version" in value and dictconfig.read(value):
        return json.dumps(dictconfig.plain(value))
    return None


def add_handler_calls(model: Model, scope: Scope) -> Iterator[tuple[ast.expr, ast.expr, Scope]]:
    """``owner.addHandler(handler)`` in ``scope``'s own code: (owner, handler, scope)."""
    for call in model.facts.calls:
        target = call.node.func
        if call.scope is scope and isinstance(target, ast.Attribute):
            if target.attr == "addHandler" and len(call.node.args) == 1:
                yield target.value, call.node.args[0], call.scope


def installs_parameter(
    model: Model, func: FuncVal
) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """``target.addHandler(handler)`` in ``func``, both its parameters: their positions
    and names."""
    params = func.scope.params
    for owner, handler, _ in add_handler_calls(model, func.scope):
        if isinstance(owner, ast.Name) and isinstance(handler, ast.Name):
            if owner.id in params and handler.id in params:
                return (params.index(owner.id), owner.id), (params.index(handler.id), handler.id)
    return None


def attached_to_returned(model: Model, func: FuncVal) -> tuple[tuple[str, str], ...]:
    """The handlers a logger factory attaches to the logger it returns (``log =
    getLogger(name); log.addHandler(console); return log``)."""
    returned = {
        stmt.value.id
        for stmt in func.scope.exits
        if isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Name)
    }
    out = []
    for owner, handler, scope in add_handler_calls(model, func.scope):
        if isinstance(owner, ast.Name) and owner.id in returned:
            made = model.evaluator.value(handler, scope)
            if isinstance(made, HandlerVal):
                out.append((made.kind, made.label))
    return tuple(out)


def logger_arguments(model: Model) -> tuple[tuple[str, str, str], ...]:
    """The named loggers this module passes to functions it imports from the project's
    other modules (``await fetch(url, LOG)``, ``parse(page, log=LOG)``): the function's
    absolute name, the parameter's position or keyword, the logger's name."""
    evaluator = model.evaluator
    out: set[tuple[str, str, str]] = set()
    for site in model.facts.calls:
        node = site.node
        if not isinstance(node.func, (ast.Name, ast.Attribute)):
            continue
        callee = evaluator.value(node.func, site.scope)
        if not isinstance(callee, Imported):
            continue
        function = evaluator.absolute(callee.name)
        if evaluator.third_party(function):
            continue
        passed: list[tuple[str, ast.expr]] = []
        for position, arg in enumerate(node.args):
            if isinstance(arg, ast.Starred):
                break
            passed.append((str(position), arg))
        passed += [(kw.arg, kw.value) for kw in node.keywords if kw.arg]
        for key, arg in passed:
            value = evaluator.value(arg, site.scope)
            if isinstance(value, LoggerVal) and value.name is not None:
                out.add((function, key, value.name))
    return tuple(sorted(out))
