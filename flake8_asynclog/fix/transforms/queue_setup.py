"""Fix kind ``queue_setup`` (ASL103): run the logger's blocking handlers on a listener thread.

The checker decided the logger(s) and the place (``mode`` / ``anchor``, see
:mod:`flake8_asynclog.rules.fixdata`). This transform

* adds, once per module, after the imports, the helpers of :data:`HELPERS`:
  ``_asynclog_queue(logger)`` moves the logger's handlers (formatters and
  levels untouched) behind one ``QueueHandler`` over a ``queue.Queue`` and
  starts a ``QueueListener`` over them (``respect_handler_level=True``), also
  registered to stop at exit; ``_asynclog_start(*listeners)`` runs a task,
  kept in a module-level set, that stops the listeners in ``finally`` when the
  loop cancels it at shutdown, and yields once so that the task has started;
* adds the imports the helpers need (``import logging.handlers`` ...);
* inserts the call: ``await _asynclog_start(_asynclog_queue(LOGGER))`` on the
  loop (after the set-up, or first thing in the entry coroutine), or
  ``_asynclog_queue(LOGGER)`` right after the set-up when no coroutine can
  start it (the atexit hook stops it).

In the implicit case (root convenience calls, no handler configured) the
inserted code first calls ``logging.basicConfig()``: the handler the first
``logging.info()`` would have created, now made explicitly so it can be moved.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from ...findings import Finding
from ..engine import FixContext
from .common import (
    InsertAfter,
    Statement,
    after_imports,
    function_body_insert,
    parse_statements,
    spaced,
    statement_at,
    with_imports,
)

KIND = "queue_setup"

QUEUE_HELPERS = '''

# flake8-asynclog: blocking log handlers run on a QueueListener thread, off the event loop.
def _asynclog_stop(listener: logging.handlers.QueueListener) -> None:
    """Stop a listener once (before Python 3.13, a second stop() raises)."""
    if getattr(listener, "_thread", None) is not None:
        listener.stop()


def _asynclog_queue(logger: logging.Logger) -> logging.handlers.QueueListener:
    """Move the logger's handlers behind a QueueHandler; a QueueListener thread runs them."""
    handlers = [h for h in logger.handlers if not isinstance(h, logging.handlers.QueueHandler)]
    for handler in handlers:
        logger.removeHandler(handler)
    log_queue: "queue.Queue[logging.LogRecord]" = queue.Queue()
    logger.addHandler(logging.handlers.QueueHandler(log_queue))
    listener = logging.handlers.QueueListener(log_queue, *handlers, respect_handler_level=True)
    listener.start()
    atexit.register(_asynclog_stop, listener)
    return listener
'''
START_HELPERS = '''

_ASYNCLOG_TASKS: "set[asyncio.Task[None]]" = set()


async def _asynclog_listen(*listeners: logging.handlers.QueueListener) -> None:
    """Wait until the loop cancels this task at shutdown, then flush and stop the listeners."""
    try:
        await asyncio.Event().wait()
    finally:
        for listener in listeners:
            _asynclog_stop(listener)


async def _asynclog_start(*listeners: logging.handlers.QueueListener) -> None:
    """Run the listeners' stopper as a task kept in a module-level set; let it start."""
    _ASYNCLOG_TASKS.add(asyncio.create_task(_asynclog_listen(*listeners)))
    await asyncio.sleep(0)
'''
QUEUE_IMPORTS: list[tuple[str, str | None]] = [
    ("atexit", None),
    ("logging", None),
    ("logging.handlers", None),
    ("queue", None),
]


def call_code(fix: dict[str, Any]) -> str:
    loggers = [str(expr) for expr in fix.get("loggers", [])]
    prefix = (
        "logging.basicConfig()  # the handler logging.info() would create\n"
        if fix.get("implicit")
        else ""
    )
    if str(fix.get("mode", "")).startswith("atexit"):
        return prefix + "".join(f"_asynclog_queue({expr})\n" for expr in loggers)
    queued = ", ".join(f"_asynclog_queue({expr})" for expr in loggers)
    return prefix + f"await _asynclog_start({queued})\n"


def helpers_index(body: list[Statement]) -> int:
    """After the imports, or after helpers this fixer added before (kept together)."""
    index = after_imports(body)
    names = {"_asynclog_stop", "_asynclog_queue", "_asynclog_listen", "_asynclog_start"}
    for number, stmt in enumerate(body):
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value in names:
            index = max(index, number + 1)
    return index


def defines(module: cst.Module, names: tuple[str, ...]) -> bool:
    defined = {s.name.value for s in module.body if isinstance(s, cst.FunctionDef)}
    return all(name in defined for name in names)


class QueueSetup(cst.CSTTransformer):
    def __init__(self, ctx: FixContext, fix: dict[str, Any], target: cst.CSTNode | None) -> None:
        super().__init__()
        self.ctx = ctx
        self.fix = fix
        self.mode = str(fix.get("mode"))
        self.func = str(fix.get("func", ""))
        self.anchor_line = int(fix["anchor"][0])
        self.target = target
        self.new = parse_statements(ctx, call_code(fix))
        self.inserter = (
            InsertAfter(target, self.new)
            if isinstance(target, (cst.SimpleStatementLine, cst.BaseCompoundStatement))
            else None
        )
        self.done = False

    def on_leave(self, original_node: Any, updated_node: Any) -> Any:
        if self.inserter is not None and original_node is self.target:
            self.done = True
            return self.inserter.on_leave(original_node, updated_node)
        return super().on_leave(original_node, updated_node)

    def leave_FunctionDef(
        self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef
    ) -> cst.FunctionDef:
        if self.mode not in ("await_first", "await_end", "atexit_end") or self.done:
            return updated_node
        if original_node.name.value != self.func:
            return updated_node
        span = self.ctx.positions.get(original_node)
        if span is None or not span.start.line <= self.anchor_line <= span.end.line:
            return updated_node
        self.done = True
        return function_body_insert(updated_node, self.new, at_end=self.mode != "await_first")

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        if not self.done:
            return updated_node
        on_loop = not self.mode.startswith("atexit")
        imports = [("asyncio", None), *QUEUE_IMPORTS] if on_loop else QUEUE_IMPORTS
        module = with_imports(self.ctx, updated_node, imports)
        code = "" if defines(module, ("_asynclog_queue",)) else QUEUE_HELPERS
        if on_loop and not defines(module, ("_asynclog_start",)):
            code += START_HELPERS
        if code:
            body = list(module.body)
            index = helpers_index(body)
            following = body[index] if index < len(body) else None
            body[index : index + 1] = spaced(parse_statements(self.ctx, code), following)
            module = module.with_changes(body=body)
        return module


def transform(finding: Finding, ctx: FixContext) -> cst.CSTTransformer | None:
    fix = finding.fix or {}
    mode = str(fix.get("mode"))
    target: cst.CSTNode | None = None
    if mode in ("await_after", "atexit_after"):
        target = statement_at(ctx, fix.get("anchor"))
        if target is None:
            return None
    return QueueSetup(ctx, fix, target)
