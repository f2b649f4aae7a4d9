"""Fixes that change one call's arguments, composable with other fixes of the same call.

* ``add_delay`` (ASL104): a file handler built in a coroutine opens its file in the
  constructor; ``delay=True`` (added, or a false ``delay=`` made true) opens it at the
  first record instead.
* ``add_enqueue`` (ASL108): ``enqueue=True`` on the ``logger.add()`` calls the finding
  names, so loguru writes those sinks from its worker thread.
* ``unbounded_queue`` (ASL305): drop ``maxsize`` (by keyword, or first by position) from
  the queue handed to a ``QueueHandler``.

A one-line call that an added argument pushes past the project's line length is split
as black splits it (:mod:`.split_call`).
"""

from __future__ import annotations

import libcst as cst

from ... import fixes
from ..engine import FixContext
from .split_call import within_line_length


class _Args(cst.CSTTransformer):
    """Rewrite the arguments of some calls (by identity), keeping other fixes' changes."""

    def __init__(self, ctx: FixContext, target: cst.Call | list[cst.Call], kind: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.targets = target if isinstance(target, list) else [target]
        self.kind = kind

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if not any(original_node is target for target in self.targets):
            return updated_node
        args = list(updated_node.args)
        last = args[-1] if args else None
        if self.kind in ("add_delay", "add_enqueue"):
            keyword = "delay" if self.kind == "add_delay" else "enqueue"
            args = with_true(args, updated_node.whitespace_before_args, keyword)
        else:
            args = without_bound(args)
        if args and last is not None and args[-1] is not last:
            # the new last argument ends the list as the old one did (comma, line break)
            args[-1] = args[-1].with_changes(
                comma=last.comma, whitespace_after_arg=last.whitespace_after_arg
            )
        updated = updated_node.with_changes(args=args)
        if self.kind == "unbounded_queue":
            return updated
        return within_line_length(self.ctx, original_node, updated)


def with_true(
    args: list[cst.Arg], opening: cst.BaseParenthesizableWhitespace, keyword: str
) -> list[cst.Arg]:
    """``args`` with ``keyword=True``: one more argument on the line, or on a line of its
    own when the arguments stand one per line (a trailing comma after a line break)."""
    true = cst.Name("True")
    for number, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value == keyword:
            args[number] = arg.with_changes(value=true)
            return args
    if args:
        comma = args[-1].comma
        one_per_line = isinstance(comma, cst.Comma) and isinstance(
            comma.whitespace_after, cst.ParenthesizedWhitespace
        )
        space = opening if one_per_line else cst.SimpleWhitespace(" ")
        args[-1] = args[-1].with_changes(
            comma=cst.Comma(whitespace_after=space), whitespace_after_arg=cst.SimpleWhitespace("")
        )
    equal = cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))
    return [*args, cst.Arg(value=true, keyword=cst.Name(keyword), equal=equal)]


def without_bound(args: list[cst.Arg]) -> list[cst.Arg]:
    for number, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value == "maxsize":
            return args[:number] + args[number + 1 :]
    if args and args[0].keyword is None and not args[0].star:
        return args[1:]
    return args


def add_delay(fix: fixes.AddDelay, ctx: FixContext) -> cst.CSTTransformer | None:
    call = ctx.node_at(cst.Call)
    return None if call is None else _Args(ctx, call, "add_delay")


def add_enqueue(fix: fixes.AddEnqueue, ctx: FixContext) -> cst.CSTTransformer | None:
    calls = [ctx.node_at(cst.Call, line, col) for line, col in fix.sinks]
    found = [call for call in calls if call is not None]
    return _Args(ctx, found, "add_enqueue") if found else None


def unbounded_queue(fix: fixes.UnboundedQueue, ctx: FixContext) -> cst.CSTTransformer | None:
    call = ctx.node_at(cst.Call)
    return None if call is None else _Args(ctx, call, "unbounded_queue")
