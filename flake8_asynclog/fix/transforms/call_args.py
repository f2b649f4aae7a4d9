"""Fixes that change one call's arguments, composable with other fixes of the same call.

* ``add_delay`` (ASL104): a file handler built in a coroutine opens its file in the
  constructor; ``delay=True`` (added, or a false ``delay=`` made true) opens it at the
  first record instead.
* ``unbounded_queue`` (ASL305): drop ``maxsize`` (by keyword, or first by position) from
  the queue handed to a ``QueueHandler``.
"""

from __future__ import annotations

import libcst as cst

from ... import fixes
from ..engine import FixContext


class _Args(cst.CSTTransformer):
    """Rewrite the arguments of one call (by identity), keeping other fixes' changes."""

    def __init__(self, target: cst.Call, kind: str) -> None:
        super().__init__()
        self.target, self.kind = target, kind

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if original_node is not self.target:
            return updated_node
        args = list(updated_node.args)
        last = args[-1] if args else None
        if self.kind == "add_delay":
            args = with_delay(args, updated_node.whitespace_before_args)
        else:
            args = without_bound(args)
        if args and last is not None and args[-1] is not last:
            # the new last argument ends the list as the old one did (comma, line break)
            args[-1] = args[-1].with_changes(
                comma=last.comma, whitespace_after_arg=last.whitespace_after_arg
            )
        return updated_node.with_changes(args=args)


def with_delay(args: list[cst.Arg], opening: cst.BaseParenthesizableWhitespace) -> list[cst.Arg]:
    """``args`` with ``delay=True``: one more argument on the line, or on a line of its own
    when the arguments stand one per line (a trailing comma after a line break)."""
    true = cst.Name("True")
    for number, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value == "delay":
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
    return [*args, cst.Arg(value=true, keyword=cst.Name("delay"), equal=equal)]


def without_bound(args: list[cst.Arg]) -> list[cst.Arg]:
    for number, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value == "maxsize":
            return args[:number] + args[number + 1 :]
    if args and args[0].keyword is None and not args[0].star:
        return args[1:]
    return args


def add_delay(fix: fixes.AddDelay, ctx: FixContext) -> cst.CSTTransformer | None:
    call = ctx.node_at(cst.Call)
    return None if call is None else _Args(call, "add_delay")


def unbounded_queue(fix: fixes.UnboundedQueue, ctx: FixContext) -> cst.CSTTransformer | None:
    call = ctx.node_at(cst.Call)
    return None if call is None else _Args(call, "unbounded_queue")
