"""Fix data the checker attaches to ASL103, so the fixer never re-analyses.

The fix leaves every handler where the set-up put it and adds, right after the
set-up statement, ``WriteOffLoop.install(LOGGER)``: a generated filter on each
of the logger's handlers that hands ``emit()`` to the loop's executor when it is
called on an event loop (see :mod:`flake8_asynclog.fix.transforms.queue_setup`).
Because it runs wherever and whenever the set-up runs (before, inside or after
a loop; once or many times), the only thing to decide is the statement to put
it after, and how to name the logger exactly as the program does. When there is
no such statement, the finding is left for a person.
"""

from __future__ import annotations

import ast
import dataclasses
from typing import Callable

from ..findings import Finding
from ..fixes import Position, QueueSetup, ReraiseCancel, StopInFinally
from ..model import Model
from ..model.builder import source_order, within
from ..model.scopes import Scope

# Module-level names the generated helper relies on, and the names the inserted call uses.
NEEDED_MODULES = ("asyncio", "collections", "contextvars", "io", "logging", "os", "threading")
HELPER_CLASS = "WriteOffLoop"


def setup_fix(
    model: Model,
    site: ast.AST,
    scope: Scope,
    loggers: list[str],
    implicit: bool,
    receiver: ast.expr | None = None,
) -> QueueSetup | None:
    """Where and how to take ``loggers``' handlers off the loop (ASL103).

    ``site`` is the set-up call or statement; ``receiver`` the expression the
    program names the logger with there (``log`` in ``log.addHandler(h)``).
    """
    stmt = statement_of(model, site)
    if stmt is None or not names_free(model, scope):
        return None
    if receiver is not None and len(loggers) == 1:
        exprs = [written_logger(receiver) or logger_expr(loggers[0])]
    else:
        exprs = [logger_expr(name) for name in loggers]
    return QueueSetup(tuple(exprs), implicit, position(last_adding(model, stmt, exprs, scope)))


def last_adding(model: Model, stmt: ast.stmt, exprs: list[str], scope: Scope) -> ast.stmt:
    """``stmt``, or the last statement after it in its block that adds a handler to the same
    logger as written (``for h in extra: log.addHandler(h)``, whatever the handlers are):
    ``install()`` after it takes those handlers off the loop too."""
    block = enclosing(model, lambda s: s is stmt) if len(exprs) == 1 else None
    if block is None:
        return stmt
    index = next(i for i, s in enumerate(block) if s is stmt)
    adding = [s.node for s in scope.calls if adds_handler(s.node, exprs[0])]
    last = stmt
    for later in block[index + 1 :]:
        own = not isinstance(later, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        if own and any(within(call, later) for call in adding):
            last = later
    return last


def adds_handler(call: ast.Call, logger: str) -> bool:
    return (
        isinstance(call.func, ast.Attribute)
        and call.func.attr == "addHandler"
        and written_logger(call.func.value) == logger
    )


def receiver_of(site: ast.AST) -> ast.expr | None:
    """The logger expression of ``log.addHandler(h)`` / ``log.handlers = [...]``."""
    if isinstance(site, ast.Call) and isinstance(site.func, ast.Attribute):
        return site.func.value if site.func.attr == "addHandler" else None
    if isinstance(site, ast.Assign) and len(site.targets) == 1:
        target = site.targets[0]
        return target.value if isinstance(target, ast.Attribute) else None
    return None


def without_repeats(model: Model, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the set-up fixes a later one in the same block repeats (same
    loggers): ``install()`` there takes every handler the earlier set-up added too. The
    finding stays (it is still true); only its fix goes."""
    setups = [(f, f.fix) for f in findings if isinstance(f.fix, QueueSetup)]
    setups.sort(key=lambda pair: (pair[1].after, pair[0].line, pair[0].col))
    places = [(block_of(model, fix), fix.loggers) for _, fix in setups]
    repeated: set[int] = set()
    for number, (finding, _) in enumerate(setups):
        if places[number][0] is not None and places[number] in places[number + 1 :]:
            repeated.add(id(finding))
    return [dataclasses.replace(f, fix=None) if id(f) in repeated else f for f in findings]


def block_of(model: Model, fix: QueueSetup) -> int | None:
    """Which statement list the statement the fix follows stands in (an identity, or ``None``)."""
    block = enclosing(model, lambda s: position(s) == fix.after)
    return id(block) if block is not None else None


def enclosing(model: Model, holds: Callable[[ast.stmt], bool]) -> list[ast.stmt] | None:
    """The first statement list of the module (at any depth) with a statement that ``holds``."""
    return next((b for b in model.facts.blocks if any(holds(s) for s in b)), None)


def written_logger(node: ast.expr) -> str | None:
    """The receiver as written, when re-reading it right after the set-up names the same logger.

    Names and attribute chains (``log``, ``self.log``, ``app.logger``) as they
    are; ``getLogger(__name__)`` / ``getLogger()`` (the checker already knows it
    is a logger, whatever the import) as ``logging.getLogger(...)``.
    """
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = written_logger(node.value) if not isinstance(node.value, ast.Call) else None
        return f"{inner}.{node.attr}" if inner else None
    if not isinstance(node, ast.Call) or node.keywords or len(node.args) > 1:
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name != "getLogger":
        return None
    if not node.args:
        return "logging.getLogger()"
    arg = node.args[0]
    if isinstance(arg, ast.Name) and arg.id == "__name__":
        return "logging.getLogger(__name__)"
    return None


def position(node: ast.AST) -> Position:
    return (int(getattr(node, "lineno", 0)), int(getattr(node, "col_offset", 0)))


def names_free(model: Model, scope: Scope | None = None) -> bool:
    """The names the generated code uses mean what it expects (or are unused).

    The helper's modules at module level; ``logging`` and the helper class
    where the call goes (a class the fixer added before is its own).
    """
    if not all(module_name_usable(model, name, model.facts.module) for name in NEEDED_MODULES):
        return False
    if not module_name_usable(model, "logging", scope):
        return False
    if HELPER_CLASS in model.facts.classes:
        return True
    return module_name_usable(model, HELPER_CLASS, scope)


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


def logger_expr(name: str) -> str:
    """``logging.getLogger(NAME)`` with the literal name (never ``__name__``: run as a
    script, a module's ``__name__`` is ``"__main__"``, not the name it is imported by)."""
    if name == "":
        return "logging.getLogger()"
    quoted = f'"{name}"' if '"' not in name and "\\" not in name else repr(name)
    return f"logging.getLogger({quoted})"


def statement_of(model: Model, node: ast.AST) -> ast.stmt | None:
    if isinstance(node, ast.stmt):
        return node
    for site in model.facts.calls:
        if site.node is node:
            return site.stmt
    for store in model.facts.attr_stores:
        if store.node is node:
            return store.node
    return None


# -- ASL204: a starter's listener stopped on cancellation ---------------------------


def stop_in_finally(scope: Scope, stop: ast.Call, started: int) -> StopInFinally | None:
    """Wrap the statements from the first wait after the start up to ``stop()`` in
    ``try:`` / ``finally: stop()``; ``None`` unless all of them share one block."""
    for block in scope.blocks:
        index = next((i for i, s in enumerate(block) if is_call_statement(s, stop)), None)
        if index is None:
            continue
        for first, stmt in enumerate(block[:index]):
            if source_order(stmt) > started and any(within(wait, stmt) for wait in scope.waits):
                wrapped = block[first:index]
                # a lone try without finally takes the stop() as its finally
                alone = len(wrapped) == 1 and isinstance(stmt, ast.Try) and not stmt.finalbody
                return StopInFinally(position(stmt), position(block[index]), alone)
        return None
    return None


def reraise(handler: ast.ExceptHandler, scope: Scope) -> ReraiseCancel | None:
    """A bare ``raise`` at the end of ``handler`` (replacing a final ``pass`` / ``return``),
    unless it leaves some other way (``scope``: the function it is in)."""
    body = handler.body
    last = body[-1] if body else None
    ends = isinstance(last, ast.Pass) or (isinstance(last, ast.Return) and last.value is None)
    rest = body[:-1] if ends else body
    if any(within(exit, stmt) for stmt in rest for exit in scope.exits):
        return None
    return ReraiseCancel()


def is_call_statement(stmt: ast.stmt, call: ast.Call) -> bool:
    return isinstance(stmt, ast.Expr) and stmt.value is call
