"""Building blocks the transforms share: find a statement, insert after it, add imports."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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


def imported(stmt: cst.BaseStatement) -> Iterator[tuple[str, str | None]]:
    """``(module, alias)`` for each name of an ``import`` line (``alias`` ``None`` when none)."""
    if not isinstance(stmt, cst.SimpleStatementLine):
        return
    for small in stmt.body:
        if not isinstance(small, cst.Import):
            continue
        for name in small.names:
            dotted = cst.helpers.get_full_name_for_node(name.name) or ""
            asname = name.asname.name if name.asname else None
            yield dotted, asname.value if isinstance(asname, cst.Name) else None


def imports_module(body: Sequence[cst.BaseStatement], module: str, alias: str | None) -> bool:
    """Whether a top-level ``import module [as alias]`` is already there."""
    return any((module, alias) in imported(stmt) for stmt in body)


def import_key(stmt: cst.BaseStatement) -> str:
    """The module an import line names first (``import a.b`` / ``from a import b`` -> ``a.b``)."""
    if not isinstance(stmt, cst.SimpleStatementLine) or not stmt.body:
        return ""
    small = stmt.body[0]
    if isinstance(small, cst.Import) and small.names:
        return cst.helpers.get_full_name_for_node(small.names[0].name) or ""
    if isinstance(small, cst.ImportFrom) and small.module is not None:
        return cst.helpers.get_full_name_for_node(small.module) or ""
    return ""


def is_plain_import(stmt: cst.BaseStatement) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and isinstance(stmt.body[0], cst.Import)


def first_import_group(body: Sequence[cst.BaseStatement]) -> tuple[int, int]:
    """``[start, end)`` of the first run of imports not separated by a blank line."""
    start = 1 if body and is_docstring(body[0]) else 0
    while start < len(body) and is_import(body[start]) and import_key(body[start]) == "__future__":
        start += 1
    end = start
    while end < len(body) and is_import(body[end]):
        line = body[end]
        if (
            end > start
            and isinstance(line, cst.SimpleStatementLine)
            and any(empty.comment is None for empty in line.leading_lines)
        ):
            break
        end += 1
    return start, end


def with_imports(
    ctx: FixContext, module: cst.Module, wanted: Sequence[tuple[str, str | None]]
) -> cst.Module:
    """``module`` with ``import name [as alias]`` added for each one missing.

    New imports join the first import group (the standard library's, by
    convention): at their sorted place when the group is sorted, else at its end.
    """
    body = list(module.body)
    for name, alias in wanted:
        if imports_module(body, name, alias):
            continue
        code = f"import {name} as {alias}\n" if alias else f"import {name}\n"
        new = parse_statements(ctx, code)
        start, end = first_import_group(body)
        if start == end:  # no import yet: after the docstring / __future__ imports
            body[start:start] = new
            continue
        # isort's default: `import x` lines first, then `from x import y` lines
        plain = [i for i in range(start, end) if is_plain_import(body[i])]
        keys = [import_key(body[i]) for i in plain]
        index = end
        if plain and keys == sorted(keys) and plain == list(range(start, start + len(plain))):
            index = start + sum(1 for key in keys if key <= name)
        elif not plain:  # only `from x import y` lines: `import x` lines go first
            index = start
        if index == start:  # keep the group's leading blank lines / comments on top
            first = body[start]
            body[start] = first.with_changes(leading_lines=())
            new = [new[0].with_changes(leading_lines=first.leading_lines), *new[1:]]
        body[index:index] = new
    return module.with_changes(body=body)


def spaced(statements: Sequence[Statement], after: Statement | None) -> list[Statement]:
    """``after`` with at least two blank lines above it (PEP 8, after a block of defs)."""
    if after is None:
        return list(statements)
    blanks = sum(1 for line in after.leading_lines if line.comment is None)
    if blanks >= 2:
        return [*statements, after]
    extra = [cst.EmptyLine()] * (2 - blanks)
    return [*statements, after.with_changes(leading_lines=[*extra, *after.leading_lines])]


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
