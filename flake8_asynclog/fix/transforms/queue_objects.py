"""Fixes on queue objects: ASL301 ``asyncio.Queue`` -> ``queue.Queue``, ASL302 stop the listener.

Registered through the thin modules ``thread_queue``, ``register_stop`` and
``atexit_reference``.
"""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from ... import fixes
from ..engine import FixContext
from .common import InsertAfter, Statement, parse_statements, statement_at, with_imports


class _Replace(cst.CSTTransformer):
    """Replace one call node (by identity); optionally add an import to the module."""

    def __init__(
        self,
        target: cst.Call,
        new: cst.Call,
        ctx: FixContext,
        imports: list[tuple[str, str | None]],
    ) -> None:
        super().__init__()
        self.target, self.new, self.ctx, self.imports = target, new, ctx, imports

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if original_node is self.target:
            return self.new.with_changes(args=updated_node.args)
        return updated_node

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        return with_imports(self.ctx, updated_node, self.imports) if self.imports else updated_node


_THREAD_CLASS = {"Queue": "Queue", "LifoQueue": "LifoQueue", "PriorityQueue": "PriorityQueue"}


def thread_queue(fix: fixes.ThreadQueue, ctx: FixContext) -> cst.CSTTransformer | None:
    call = ctx.node_at(cst.Call)
    cls = _THREAD_CLASS.get(fix.cls)
    alias = fix.module
    if call is None or cls is None:
        return None
    func = cst.Attribute(cst.Name(alias), cst.Name(cls))
    # asyncio.Queue(maxsize=..., *, loop=...): keep maxsize, drop the old loop argument
    args = [a for a in call.args if not (a.keyword and a.keyword.value == "loop")]
    new = call.with_changes(func=func, args=args)
    imports: list[tuple[str, str | None]] = []
    if fix.add_import:
        imports.append(("queue", None if alias == "queue" else alias))
    return _Replace(call, new, ctx, imports)


class _InsertWithImport(InsertAfter):
    def __init__(
        self, target: Statement, new: Sequence[cst.BaseStatement], ctx: FixContext
    ) -> None:
        super().__init__(target, new)
        self.ctx = ctx

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        return with_imports(self.ctx, updated_node, [("atexit", None)])


def register_stop(fix: fixes.RegisterStop, ctx: FixContext) -> cst.CSTTransformer | None:
    target = statement_at(ctx)
    receiver = fix.receiver
    if target is None or not receiver:
        return None
    new = parse_statements(
        ctx, f"atexit.register({receiver}.stop)  # flush queued records at exit\n"
    )
    if fix.add_import:
        return _InsertWithImport(target, new, ctx)
    return InsertAfter(target, new)


class _DropCall(cst.CSTTransformer):
    """``atexit.register(x.stop())`` -> ``atexit.register(x.stop)``."""

    def __init__(self, target: cst.Call) -> None:
        super().__init__()
        self.target = target

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if original_node is not self.target or not updated_node.args:
            return updated_node
        first = updated_node.args[0]
        inner = first.value
        if not isinstance(inner, cst.Call) or inner.args:
            return updated_node
        return updated_node.with_changes(
            args=[first.with_changes(value=inner.func), *updated_node.args[1:]]
        )


def atexit_reference(fix: fixes.AtexitReference, ctx: FixContext) -> cst.CSTTransformer | None:
    call = ctx.node_at(cst.Call)
    return None if call is None else _DropCall(call)
