"""Small statement-level fixes: ASL201 keep the task, ASL202 add ``global``, ASL203 yield once.

Each function is the transform of its fix class (see ``transforms.TRANSFORMS``).
"""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from ... import fixes
from ..engine import FixContext
from .common import InsertAfter, Statement, function_body_insert, parse_statements, statement_at


class _InFunction(cst.CSTTransformer):
    """Edits a target statement and the innermost function around it (``global NAME``)."""

    def __init__(self, target: Statement, name: str, declare: bool) -> None:
        super().__init__()
        self.target = target
        self.name = name
        self.declare = declare  # add `global NAME` to the enclosing function
        self.stack: list[cst.FunctionDef] = []
        self.owner: cst.FunctionDef | None = None

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.stack.append(node)
        return True

    def on_visit(self, node: cst.CSTNode) -> bool:
        if node is self.target and self.stack:
            self.owner = self.stack[-1]
        return super().on_visit(node)

    def leave_FunctionDef(
        self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.stack.pop()
        if original_node is not self.owner or not self.declare:
            return updated_node
        declared = cst.SimpleStatementLine([cst.Global([cst.NameItem(cst.Name(self.name))])])
        return function_body_insert(updated_node, [declared])

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine:
        if original_node is not self.target:
            return updated_node
        return self.rewrite(updated_node)

    def rewrite(self, stmt: cst.SimpleStatementLine) -> cst.SimpleStatementLine:
        return stmt


class KeepTask(_InFunction):
    """``asyncio.create_task(init())`` -> ``NAME = asyncio.create_task(init())`` (+ global)."""

    def __init__(self, target: Statement, name: str, in_function: bool, ctx: FixContext) -> None:
        super().__init__(target, name, in_function)
        self.ctx = ctx

    def rewrite(self, stmt: cst.SimpleStatementLine) -> cst.SimpleStatementLine:
        small = stmt.body[0]
        if len(stmt.body) != 1 or not isinstance(small, cst.Expr):
            return stmt
        assign = cst.Assign([cst.AssignTarget(cst.Name(self.name))], small.value)
        return stmt.with_changes(body=[assign])

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        if not self.declare or self.owner is None:
            return updated_node
        from .common import after_imports

        body = list(updated_node.body)
        index = after_imports(body)
        note = "# The logger-starter task, kept so it is not garbage-collected."
        code = f"\n{note}\n{self.name} = None\n"
        body[index:index] = parse_statements(self.ctx, code)
        return updated_node.with_changes(body=body)


class AddGlobal(_InFunction):
    """Add ``global NAME`` to the function; an annotated assignment loses its annotation."""

    def __init__(self, target: Statement, name: str) -> None:
        super().__init__(target, name, True)

    def rewrite(self, stmt: cst.SimpleStatementLine) -> cst.SimpleStatementLine:
        small = stmt.body[0]
        if isinstance(small, cst.AnnAssign) and small.value is not None:
            assign = cst.Assign([cst.AssignTarget(small.target)], small.value)
            return stmt.with_changes(body=[assign, *stmt.body[1:]])
        return stmt


def keep_task(fix: fixes.KeepTask, ctx: FixContext) -> cst.CSTTransformer | None:
    target = statement_at(ctx)
    if not isinstance(target, cst.SimpleStatementLine):
        return None
    return KeepTask(target, fix.name, fix.in_function, ctx)


def add_global(fix: fixes.AddGlobal, ctx: FixContext) -> cst.CSTTransformer | None:
    target = statement_at(ctx)
    if not isinstance(target, cst.SimpleStatementLine):
        return None
    return AddGlobal(target, fix.name)


class _WithImport(InsertAfter):
    """InsertAfter that also adds ``import asyncio`` when the module lacks it."""

    def __init__(
        self, target: Statement, new: Sequence[cst.BaseStatement], ctx: FixContext, module: str
    ) -> None:
        super().__init__(target, new)
        self.ctx = ctx
        self.module = module

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        from .common import with_imports

        return with_imports(self.ctx, updated_node, [(self.module, None)])


def insert_sleep(fix: fixes.InsertSleep, ctx: FixContext) -> cst.CSTTransformer | None:
    target = statement_at(ctx, fix.after)
    if target is None:
        return None
    new = parse_statements(ctx, "await asyncio.sleep(0)  # let the logger starter run\n")
    transformer: InsertAfter | _WithImport
    if fix.add_import:
        transformer = _WithImport(target, new, ctx, "asyncio")
    else:
        transformer = InsertAfter(target, new)
    return transformer
