"""ASL204 fixes: a starter's listener is stopped, and its task ends, when it is cancelled.

* ``stop_in_finally``: the statements from the first await after ``listener.start()``
  up to ``listener.stop()`` go into ``try:``, the ``stop()`` into ``finally:`` (a lone
  ``try`` without ``finally`` there takes it as its ``finally`` instead);
* ``reraise_cancel``: a handler that catches ``CancelledError`` ends with a bare
  ``raise`` (a final ``pass`` / ``return`` is replaced by it).
"""

from __future__ import annotations

import libcst as cst

from ... import fixes
from ..engine import FixContext
from .common import Statement, statement_at


class StopInFinally(cst.CSTTransformer):
    def __init__(self, first: Statement, stop: Statement, merge: bool) -> None:
        super().__init__()
        self.first, self.stop, self.merge = first, stop, merge

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        old = list(original_node.body)
        if not (any(s is self.first for s in old) and any(s is self.stop for s in old)):
            return updated_node
        new = list(updated_node.body)
        if len(new) != len(old):  # another fix changed this block: the next round fixes it
            return updated_node
        start = next(i for i, s in enumerate(old) if s is self.first)
        end = next(i for i, s in enumerate(old) if s is self.stop)
        stop = new[end].with_changes(leading_lines=())
        finally_ = cst.Finally(body=cst.IndentedBlock(body=[stop]))
        head = new[start]
        if not isinstance(head, (cst.SimpleStatementLine, cst.BaseCompoundStatement)):
            return updated_node
        if self.merge and isinstance(head, cst.Try):
            wrapped: cst.BaseStatement = head.with_changes(finalbody=finally_)
        else:
            inner = [head.with_changes(leading_lines=()), *new[start + 1 : end]]
            wrapped = cst.Try(
                body=cst.IndentedBlock(body=inner),
                finalbody=finally_,
                leading_lines=head.leading_lines,
            )
        new[start : end + 1] = [wrapped]
        return updated_node.with_changes(body=new)


class Reraise(cst.CSTTransformer):
    def __init__(self, target: cst.ExceptHandler) -> None:
        super().__init__()
        self.target = target

    def leave_ExceptHandler(
        self, original_node: cst.ExceptHandler, updated_node: cst.ExceptHandler
    ) -> cst.ExceptHandler:
        block = updated_node.body
        if original_node is not self.target or not isinstance(block, cst.IndentedBlock):
            return updated_node
        body = list(block.body)
        last = body[-1] if body else None
        if isinstance(last, cst.SimpleStatementLine) and len(last.body) == 1 and ends(last.body[0]):
            body[-1] = last.with_changes(body=[cst.Raise()])
        else:
            body.append(cst.SimpleStatementLine(body=[cst.Raise()]))
        return updated_node.with_changes(body=block.with_changes(body=body))


def ends(small: cst.BaseSmallStatement) -> bool:
    return isinstance(small, cst.Pass) or (isinstance(small, cst.Return) and small.value is None)


def reraise_cancel(fix: fixes.ReraiseCancel, ctx: FixContext) -> cst.CSTTransformer | None:
    handler = ctx.node_at(cst.ExceptHandler)
    return None if handler is None else Reraise(handler)


def stop_in_finally(fix: fixes.StopInFinally, ctx: FixContext) -> cst.CSTTransformer | None:
    first, stop = statement_at(ctx, fix.first), statement_at(ctx, fix.stop)
    if first is None or stop is None:
        return None
    return StopInFinally(first, stop, fix.merge)
