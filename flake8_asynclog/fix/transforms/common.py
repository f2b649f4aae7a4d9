"""Building blocks the transforms share: find a statement, insert after it, add imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Union

import libcst as cst

from ..engine import FixContext

Statement = Union[cst.SimpleStatementLine, cst.BaseCompoundStatement]


def statement_at(ctx: FixContext, where: Sequence[int] | None = None) -> Statement | None:
    """The statement starting at ``where`` (an ``ast`` position), or at the finding."""
    line, col = (where[0], where[1]) if where else (None, None)
    found = ctx.node_at(cst.SimpleStatementLine, line, col)
    if found is not None:
        return found
    return ctx.node_at(cst.BaseCompoundStatement, line, col)  # type: ignore[type-abstract]


def parse_statements(ctx: FixContext, code: str) -> list[Statement]:
    """Statements parsed with the module's own newline and indentation settings.

    Comments and blank lines before a statement stay attached to it (a plain
    ``parse_module`` would move the leading ones into the module header).
    """
    config = ctx.module.config_for_parsing
    return list(cst.parse_module("pass\n" + code, config=config).body[1:])


def is_docstring(stmt: cst.BaseStatement) -> bool:
    return (
        isinstance(stmt, cst.SimpleStatementLine)
        and len(stmt.body) == 1
        and isinstance(stmt.body[0], cst.Expr)
        and isinstance(stmt.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def is_import(stmt: cst.BaseStatement) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and all(
        isinstance(small, (cst.Import, cst.ImportFrom)) for small in stmt.body
    )


def after_imports(body: Sequence[cst.BaseStatement]) -> int:
    """Index just after the docstring and the leading block of imports."""
    index = 1 if body and is_docstring(body[0]) else 0
    while index < len(body) and is_import(body[index]):
        index += 1
    return index


def imports_module(body: Sequence[cst.BaseStatement], module: str, alias: str | None) -> bool:
    """Whether a top-level ``import module [as alias]`` is already there."""
    for stmt in body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not isinstance(small, cst.Import):
                continue
            for name in small.names:
                dotted = cst.helpers.get_full_name_for_node(name.name)
                bound = (
                    name.asname.name.value
                    if name.asname and isinstance(name.asname.name, cst.Name)
                    else None
                )
                if dotted == module and bound == alias:
                    return True
    return False


def with_imports(
    ctx: FixContext, module: cst.Module, wanted: Sequence[tuple[str, str | None]]
) -> cst.Module:
    """``module`` with ``import name [as alias]`` added for each one missing."""
    body = list(module.body)
    missing = [(name, alias) for name, alias in wanted if not imports_module(body, name, alias)]
    if not missing:
        return module
    code = "".join(
        f"import {name} as {alias}\n" if alias else f"import {name}\n" for name, alias in missing
    )
    index = after_imports(body)
    body[index:index] = parse_statements(ctx, code)
    return module.with_changes(body=body)


def function_body_insert(
    func: cst.FunctionDef, statements: Sequence[cst.BaseStatement], at_end: bool = False
) -> cst.FunctionDef:
    """``func`` with ``statements`` first in its body (after a docstring), or last."""
    block = func.body
    if not isinstance(block, cst.IndentedBlock):
        return func
    body = list(block.body)
    index = len(body) if at_end else (1 if body and is_docstring(body[0]) else 0)
    body[index:index] = statements
    return func.with_changes(body=block.with_changes(body=body))


class InsertAfter(cst.CSTTransformer):
    """Insert statements right after one statement (by identity), in its own block."""

    def __init__(self, target: Statement, new: Sequence[cst.BaseStatement]) -> None:
        super().__init__()
        self.target = target
        self.new = list(new)

    def on_leave(
        self, original_node: cst.CSTNodeT, updated_node: cst.CSTNodeT
    ) -> cst.CSTNodeT | cst.RemovalSentinel | cst.FlattenSentinel[cst.CSTNodeT]:
        result = super().on_leave(original_node, updated_node)
        if original_node is self.target and isinstance(result, cst.CSTNode):
            return cst.FlattenSentinel([result, *self.new])  # type: ignore[list-item]
        return result
