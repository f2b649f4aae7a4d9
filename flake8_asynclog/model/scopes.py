"""What the walk records: scopes, bindings and the calls the rules read."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Union

FunctionNode = Union[ast.FunctionDef, ast.AsyncFunctionDef]


@dataclass(eq=False)
class Scope:
    """A module, function or class body: the names it binds, in source order."""

    kind: str  # "module" | "function" | "class"
    node: ast.AST
    parent: Scope | None
    name: str = ""
    is_async: bool = False
    # name -> [(order, value expression or binding node)]
    assigns: dict[str, list[tuple[int, ast.AST]]] = field(default_factory=dict)
    globals: set[str] = field(default_factory=set)
    params: list[str] = field(default_factory=list)
    klass: ClassInfo | None = None  # the class a method belongs to
    functions: dict[str, FunctionNode] = field(default_factory=dict)
    # What the scope's own code holds (not nested functions, lambdas or classes, nor
    # the decorators and defaults of the ones it defines), in source order:
    calls: list[CallSite] = field(default_factory=list)
    waits: list[ast.AST] = field(default_factory=list)  # await, async for, async with
    tries: list[ast.Try] = field(default_factory=list)
    raises: list[ast.Raise] = field(default_factory=list)
    exits: list[ast.stmt] = field(default_factory=list)  # return, break, continue
    yields: list[ast.Yield] = field(default_factory=list)  # a generator's yields
    names: list[ast.Name] = field(default_factory=list)  # every name, read or written
    blocks: list[list[ast.stmt]] = field(default_factory=list)  # its statement lists

    @property
    def function(self) -> Scope | None:
        """The innermost function scope containing this scope (itself included)."""
        scope: Scope | None = self
        while scope is not None and scope.kind != "function":
            scope = scope.parent
        return scope

    def bind(self, name: str, order: int, value: ast.AST) -> None:
        self.assigns.setdefault(name, []).append((order, value))

    def binding(self, name: str) -> ast.AST | None:
        """What ``name`` stands for in the nearest scope that binds it, when bound exactly
        once there (``None``: unbound, or bound more than once)."""
        scope: Scope | None = self
        while scope is not None:
            bindings = scope.assigns.get(name)
            if bindings:
                return bindings[0][1] if len(bindings) == 1 else None
            scope = scope.parent
        return None


@dataclass(eq=False)
class ClassInfo:
    """A class defined in the module: its bases, methods and ``self.x`` bindings."""

    name: str
    node: ast.ClassDef
    scope: Scope
    bases: list[ast.expr]
    methods: dict[str, FunctionNode] = field(default_factory=dict)
    attrs: dict[str, list[tuple[int, ast.AST, Scope]]] = field(default_factory=dict)


@dataclass(eq=False)
class CallSite:
    """A call expression with where it sits."""

    node: ast.Call
    scope: Scope
    order: int
    in_coroutine: bool  # directly in an async def body (not a nested def/lambda/class)
    stmt: ast.stmt | None
    blocks: tuple[int, ...] = ()  # the statement lists around the call, outermost first
    awaited: ast.Await | None = None  # the await expression around the call


@dataclass(eq=False)
class AttrStore:
    """``target.attr = value`` (propagate, handlers) with its scope and order."""

    target: ast.expr
    attr: str
    value: ast.expr
    scope: Scope
    order: int
    node: ast.stmt
    blocks: tuple[int, ...] = ()


def top_function(scope: Scope) -> str:
    """The name of the module-level function ``scope`` is in ("" when in none)."""
    function = scope.function
    parent = function.parent if function is not None else None
    return function.name if function is not None and parent and parent.kind == "module" else ""
