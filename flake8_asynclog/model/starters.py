"""Which coroutines are logger starters: decided by their body, or by name when unseen."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from .scopes import FunctionNode, Scope
from .values import FuncVal, HandlerVal, Imported, ListenerVal, LoggerVal, Unknown

if TYPE_CHECKING:
    from . import Model

_CONFIG = frozenset(
    {"logging.basicConfig", "logging.config.dictConfig", "logging.config.fileConfig"}
)


class StarterIndex:
    """Answers "does this call run a logger starter?" with a memo per definition."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._memo: dict[int, bool] = {}

    def starter_name(self, call: ast.Call, scope: Scope) -> str | None:
        func = call.func
        if isinstance(func, ast.Name):
            name = func.id
        elif isinstance(func, ast.Attribute):
            name = func.attr
        else:
            return None
        value = self.model.evaluator.value(func, scope)
        if isinstance(value, FuncVal):
            visible = isinstance(value.node, ast.AsyncFunctionDef)
            return name if visible and self.is_starter(value.node, value.scope) else None
        if isinstance(value, (Unknown, Imported)) and name in self.model.settings.starter_names:
            return name
        return None

    def is_starter(self, func: FunctionNode, scope: Scope) -> bool:
        key = id(func)
        if key not in self._memo:
            self._memo[key] = False
            self._memo[key] = self._is_starter(func, scope)
        return self._memo[key]

    def _is_starter(self, func: FunctionNode, scope: Scope) -> bool:
        evaluator = self.model.evaluator
        for site in scope.calls:
            node = site.node
            callee = evaluator.value(node.func, scope)
            if isinstance(callee, Imported) and callee.name in _CONFIG:
                return True
            made = evaluator.value(node, scope)
            if isinstance(made, HandlerVal) and made.kind == "queue":
                return True
            if not isinstance(node.func, ast.Attribute):
                continue
            owner = evaluator.value(node.func.value, scope)
            if node.func.attr == "addHandler" and isinstance(owner, LoggerVal):
                return True
            if node.func.attr == "start" and isinstance(owner, ListenerVal):
                return True
        return False
