"""Split a call that a fix made too long, the way black splits it.

Only a call that stood on one line and is the outermost bracket of that line is
split (black would split an enclosing bracket first, and a fix does not reformat
code it did not write). When the arguments fit on one line of their own, they go
there (black's "hanging" form)::

    handler = logging.FileHandler(
        path, mode="a", delay=True
    )

otherwise one per line, with a trailing comma. Anything else is left as it was:
the fix is still right, only longer.
"""

from __future__ import annotations

import libcst as cst

from ..engine import FixContext

INDENT = "    "
_OPEN = "([{"
_CLOSE = ")]}"


def within_line_length(ctx: FixContext, original: cst.Call, updated: cst.Call) -> cst.Call:
    """``updated`` (the fixed ``original``), split when it no longer fits its line."""
    span = ctx.positions.get(original)
    if span is None or span.start.line != span.end.line or not updated.args:
        return updated
    text = ctx.source.splitlines()[span.start.line - 1]
    before, after = text[: span.start.column], text[span.end.column :].rstrip()
    if not balanced(before) or (after and not after.lstrip().startswith("#")):
        return updated
    code = ctx.module.code_for_node(updated)
    if len(before) + len(code) + len(after) <= ctx.line_length or "\n" in code:
        return updated
    args = [ctx.module.code_for_node(bare(arg)) for arg in updated.args]
    indent = len(before) - len(before.lstrip()) + len(INDENT)
    hanging = indent + len(", ".join(args)) <= ctx.line_length
    return split(updated, hanging)


def balanced(prefix: str) -> bool:
    """No bracket open before the call (strings in the prefix are rare; a quote makes
    the answer "no", which only means the call is not split)."""
    if "'" in prefix or '"' in prefix:
        return False
    depth = sum((c in _OPEN) - (c in _CLOSE) for c in prefix)
    return depth == 0


def bare(arg: cst.Arg) -> cst.Arg:
    return arg.with_changes(
        comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=cst.SimpleWhitespace("")
    )


def line_break(last_line: str) -> cst.ParenthesizedWhitespace:
    return cst.ParenthesizedWhitespace(indent=True, last_line=cst.SimpleWhitespace(last_line))


def split(call: cst.Call, hanging: bool) -> cst.Call:
    between = cst.SimpleWhitespace(" ") if hanging else line_break(INDENT)
    args = [
        bare(arg).with_changes(comma=cst.Comma(whitespace_after=between)) for arg in call.args[:-1]
    ]
    last = bare(call.args[-1]).with_changes(whitespace_after_arg=line_break(""))
    if not hanging:
        last = last.with_changes(comma=cst.Comma())
    return call.with_changes(whitespace_before_args=line_break(INDENT), args=[*args, last])
