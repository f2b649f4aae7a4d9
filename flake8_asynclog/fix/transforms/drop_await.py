"""Fix kind ``drop_await`` (ASL106): ``await logger.info("x")`` -> ``logger.info("x")``.

The finding's position is the ``await`` expression's start. The ``Await`` node
is replaced by its operand, keeping the parentheses around either of them;
a comment between ``await`` and its operand (possible inside brackets) is kept
by giving the operand a pair of parentheses that carry it.
"""

from __future__ import annotations

import libcst as cst

from ... import fixes
from ..engine import FixContext


class DropAwait(cst.CSTTransformer):
    """Replace one ``Await`` node (by identity) with its operand."""

    def __init__(self, target: cst.Await) -> None:
        super().__init__()
        self.target = target

    def leave_Await(self, original_node: cst.Await, updated_node: cst.Await) -> cst.BaseExpression:
        if original_node is not self.target:
            return updated_node
        operand = updated_node.expression
        lpar = list(updated_node.lpar)
        rpar = list(updated_node.rpar)
        spacing = updated_node.whitespace_after_await
        if isinstance(spacing, cst.ParenthesizedWhitespace):
            # A newline (maybe a comment) follows ``await``: keep it inside a new pair.
            lpar.append(cst.LeftParen(whitespace_after=spacing))
            rpar.insert(0, cst.RightParen())
        return operand.with_changes(
            lpar=[*lpar, *operand.lpar],
            rpar=[*operand.rpar, *rpar],
        )


def drop_await(fix: fixes.DropAwait, ctx: FixContext) -> cst.CSTTransformer | None:
    """The transformer dropping the ``await`` at the finding's position, if there is one."""
    target = ctx.node_at(cst.Await)
    return None if target is None else DropAwait(target)
