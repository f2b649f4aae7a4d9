"""Fix data the checker attaches to ASL103, so the fixer never re-analyses.

The fix moves a logger's handlers behind a ``QueueHandler`` at run time (a
generated ``_asynclog_queue(logger)`` helper), so every handler, formatter and
level the set-up made is kept whatever its shape (``basicConfig``,
``addHandler``, ``dictConfig``, ``fileConfig``). Where it runs matters: after
the set-up, on the loop, from a task that stops the listener in ``finally``.
This module decides that place, or that there is none the fixer can be sure
of (then the finding is left for a person).
"""

from __future__ import annotations

import ast
from typing import Any

from ..model import Model
from ..model.builder import pos
from ..model.scopes import CallSite, Scope

# Module-level names the generated code relies on.
NEEDED_MODULES = ("asyncio", "atexit", "logging", "queue")


def setup_fix(
    model: Model, site: ast.AST, scope: Scope, loggers: list[str], implicit: bool
) -> dict[str, Any] | None:
    """Where and how to move ``loggers``' handlers behind a queue (ASL103)."""
    placed = _placement(model, site, scope, loggers, implicit)
    if placed is None or not names_free(model, placed[1]):
        return None
    return placed[0]


def _placement(
    model: Model, site: ast.AST, scope: Scope, loggers: list[str], implicit: bool
) -> tuple[dict[str, Any], Scope] | None:
    """The fix, and the scope its call statement goes into."""
    exprs = [logger_expr(model, name) for name in loggers]
    if any(e is None for e in exprs):
        return None
    fix: dict[str, Any] = {"kind": "queue_setup", "loggers": exprs, "implicit": implicit}

    def place(
        into: Scope, mode: str, anchor: ast.AST | None, func: str | None = None
    ) -> tuple[dict[str, Any], Scope]:
        placed = {**fix, "mode": mode, "anchor": position(anchor)}
        if func is not None:
            placed["func"] = func
        return placed, into

    func = scope.function
    stmt = statement_of(model, site) if not isinstance(site, ast.FunctionDef) else None
    if func is not None and func.is_async:
        if isinstance(site, ast.AsyncFunctionDef):
            return place(scope, "await_end", site, site.name)
        return place(scope, "await_after", stmt) if stmt else None
    entry = entry_coroutine(model)
    if func is not None:  # set-up in a sync function: find where it is called
        calls = [s for s in model.facts.calls if calls_function(model, s, func)]
        on_loop = [s for s in calls if s.scope.is_async and is_statement_call(s)]
        if on_loop:  # called from a coroutine: start the listener right after that call
            return place(on_loop[0].scope, "await_after", on_loop[0].stmt)
        if entry is not None:
            if calls and all(runs_before_loop(model, s) for s in calls):
                return place(model.facts.scope_of[id(entry)], "await_first", entry, entry.name)
            return None
        if isinstance(site, ast.FunctionDef) or stmt is None:
            return place(func, "atexit_end", func.node, func.name)
        return place(scope, "atexit_after", stmt)
    if stmt is None:
        return None
    if entry is not None:
        return place(model.facts.scope_of[id(entry)], "await_first", entry, entry.name)
    return place(scope, "atexit_after", stmt)


def position(node: ast.AST | None) -> list[int] | None:
    if node is None:
        return None
    return [int(getattr(node, "lineno", 0)), int(getattr(node, "col_offset", 0))]


def names_free(model: Model, scope: Scope | None = None) -> bool:
    """The module-level names the generated code uses mean what it expects (or are unused)."""
    return all(module_name_usable(model, name, scope) for name in NEEDED_MODULES)


def module_name_usable(model: Model, name: str, scope: Scope | None = None) -> bool:
    """``name`` is free or already the module ``name`` where generated code uses it.

    That is the module scope (the generated helpers live there) and ``scope``, the
    scope a generated statement goes into, with the functions around it; without
    ``scope``, every function of the file. A class body's names (a ``queue``
    property, say) are never seen by the generated code.
    """
    imported = model.facts.imports.names.get(name)
    if imported is not None and imported != name:
        return False
    scopes = [model.facts.module]
    if scope is None:
        scopes += [function_scope for _, function_scope in model.facts.functions]
    current = scope
    while current is not None:
        if current.kind == "function":
            scopes.append(current)
        current = current.parent
    return not any(name in each.assigns for each in scopes)


def imported(model: Model, name: str) -> bool:
    """Whether ``import name`` already binds the module ``name``."""
    return model.facts.imports.names.get(name) == name


def module_alias(model: Model, module: str) -> str | None:
    """A name for ``module`` in generated code: its own if free, else ``_module``."""
    for name in (module, f"_{module}", f"stdlib_{module}"):
        if module_name_usable(model, name):
            return name
    return None


def stmt_position(model: Model, node: ast.AST) -> list[int] | None:
    return position(statement_of(model, node))


def logger_expr(model: Model, name: str) -> str | None:
    if name == "":
        return "logging.getLogger()"
    if name == model.module_name:
        return "logging.getLogger(__name__)"
    quoted = f'"{name}"' if '"' not in name and "\\" not in name else repr(name)
    return f"logging.getLogger({quoted})"


def statement_of(model: Model, node: ast.AST) -> ast.stmt | None:
    for site in model.facts.calls:
        if site.node is node:
            return site.stmt
    for store in model.facts.attr_stores:
        if store.node is node:
            return store.node
    return None


def entry_coroutine(model: Model) -> ast.AsyncFunctionDef | None:
    """The coroutine the module hands to ``asyncio.run`` (or its top-level ``main``)."""
    functions = model.facts.module.functions
    for name in [*sorted(model.loop_entries), "main"]:
        func = functions.get(name)
        if isinstance(func, ast.AsyncFunctionDef):
            return func
    return None


def calls_function(model: Model, site: CallSite, func: Scope) -> bool:
    value = model.ev.value(site.node.func, site.scope)
    return getattr(value, "node", None) is func.node


def is_statement_call(site: CallSite) -> bool:
    """``f()`` or ``x = f()`` as a statement of its own (the place to insert after)."""
    stmt = site.stmt
    return isinstance(stmt, (ast.Expr, ast.Assign, ast.AnnAssign)) and stmt.value is site.node


def runs_before_loop(model: Model, site: CallSite) -> bool:
    """A call made at import time, or in a sync function before it starts the loop."""
    if site.scope.kind == "module":
        return True
    func = site.scope.function
    if func is None or func.is_async:
        return False
    runners = [
        s
        for s in model.facts.calls
        if s.scope is func and pos(s.node) > pos(site.node) and is_loop_run(model, s)
    ]
    return bool(runners)


def is_loop_run(model: Model, site: CallSite) -> bool:
    func = site.node.func
    if isinstance(func, ast.Attribute) and func.attr == "run_until_complete":
        return True
    value = model.ev.value(func, site.scope)
    return getattr(value, "name", None) == "asyncio.run"
