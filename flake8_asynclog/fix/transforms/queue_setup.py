"""Fix kind ``queue_setup`` (ASL103): a set-up's handlers write off the event loop.

The checker chose the logger(s) and the set-up statement (see
:mod:`flake8_asynclog.rules.fix_builders`). This transform

* adds, once per module, after the imports, :data:`HELPER`: a
  ``logging.Filter`` subclass, ``WriteOffLoop``. ``WriteOffLoop.install(logger)``
  gives each of the logger's handlers one as its last filter. Called on a thread
  whose event loop is running, the filter appends the record to one queue for the
  whole process and has the loop's default executor write the queue in order;
  called anywhere else (before or after the loop, another thread, a forked
  child), it first writes what is queued, then lets the handler write the record
  itself, as it always did. ``asyncio.run()`` waits for its executor, so a
  record queued on the loop is written before ``asyncio.run()`` returns;
* adds the imports it needs;
* inserts ``WriteOffLoop.install(LOGGER)`` right after the set-up statement
  (preceded, in the implicit case, by the ``logging.basicConfig()`` that the
  first ``logging.info()`` would have made).

Handlers, formatters, levels, filters and ``logger.handlers`` stay what the
program made; records are not pre-formatted (custom formatters see ``args``
and ``exc_info``). The README's fixer section goes through why each way of
running a program keeps every record.
"""

from __future__ import annotations

from typing import Any

import libcst as cst
import libcst.matchers as m

from ... import fixes
from ..engine import FixContext
from .common import (
    InsertAfter,
    Statement,
    after_imports,
    imported,
    is_import,
    parse_statements,
    spaced,
    statement_at,
    with_imports,
)

CLASS = "WriteOffLoop"

HELPER = '''

# flake8-asynclog: on an event loop, log handlers write from a thread.
class WriteOffLoop(logging.Filter):
    """A handler's last filter: on an event loop, emit() runs off the loop."""

    Item = tuple[logging.Handler, logging.LogRecord, contextvars.Context]
    queue = collections.deque[Item]()
    lock = threading.Lock()  # appending and seeing the queue was empty
    writing = threading.RLock()  # held while one record is written
    writer = 0  # the thread writing one now

    def __init__(self, handler: logging.Handler) -> None:
        super().__init__()
        self.handler = handler

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop here: write now, after queued records
            self.write(len(self.queue))
            return True
        if self.handler.filters[-1] is not self:
            return True
        item = (self.handler, record, contextvars.copy_context())
        with self.lock:
            self.queue.append(item)
            first = len(self.queue) == 1
        if first:  # asyncio.run() waits for its executor
            try:
                loop.run_in_executor(None, self.write)
            except RuntimeError:  # the executor is shutting down
                self.write()
        return False

    @classmethod
    def write(cls, count: int = -1) -> None:
        """Write queued records in order: ``count`` of them, or all."""
        while count and cls.queue:
            count -= 1
            with cls.writing:
                if cls.writer == threading.get_ident() or not cls.queue:
                    return  # a record emit() logs itself is written in place
                handler, record, context = cls.queue.popleft()
                cls.writer = threading.get_ident()
                handler.acquire()
                try:
                    context.run(handler.emit, record)
                except Exception:
                    handler.handleError(record)
                finally:
                    handler.release()
                    cls.writer = 0

    @classmethod
    def install(cls, logger: logging.Logger) -> None:
        for handler in logger.handlers:
            if cls.writes_out(handler) and not any(
                isinstance(f, cls) for f in handler.filters
            ):
                handler.addFilter(cls(handler))

    @staticmethod
    def writes_out(handler: logging.Handler) -> bool:
        """Not into memory (a buffer, pytest's caplog)."""
        if isinstance(handler, logging.handlers.MemoryHandler):
            return True  # it writes to its target when it flushes
        memory = (io.StringIO, logging.handlers.BufferingHandler)
        return not isinstance(getattr(handler, "stream", handler), memory)

    @classmethod
    def after_fork(cls) -> None:  # the parent writes what it queued
        cls.queue.clear()
        cls.lock, cls.writing = threading.Lock(), threading.RLock()
        cls.writer = 0


if hasattr(os, "register_at_fork"):  # fork between two records
    os.register_at_fork(
        before=lambda: WriteOffLoop.writing.acquire(),
        after_in_parent=lambda: WriteOffLoop.writing.release(),
        after_in_child=WriteOffLoop.after_fork,
    )
'''
IMPORTS: list[tuple[str, str | None]] = [
    ("asyncio", None),
    ("collections", None),
    ("contextvars", None),
    ("io", None),
    ("logging", None),
    ("logging.handlers", None),
    ("os", None),
    ("threading", None),
]
IMPLICIT = "logging.basicConfig()  # what the first logging.info() would do\n"


def install_code(logger: str, indent: int, line_length: int) -> str:
    """``WriteOffLoop.install(LOGGER)``, wrapped as black would when too long."""
    line = f"{CLASS}.install({logger})"
    if indent + len(line) <= line_length:
        return line + "\n"
    return f"{CLASS}.install(\n    {logger}\n)\n"


def call_code(fix: fixes.QueueSetup, indent: int, line_length: int) -> str:
    prefix = IMPLICIT if fix.implicit else ""
    return prefix + "".join(install_code(expr, indent, line_length) for expr in fix.loggers)


def helper_index(body: list[Statement]) -> int:
    """Where the class goes: after the imports it needs (some modules import ``logging``
    only after other code) and before any module-level code that calls ``install()``.

    Raises ``ValueError`` when no place is both (the fix is then left for a person).
    """
    index = after_imports(body)
    for number, stmt in enumerate(body):
        if binds_needed_module(stmt) or (
            isinstance(stmt, cst.ClassDef) and stmt.name.value == CLASS
        ):
            index = max(index, number + 1)
    while index < len(body) and is_import(body[index]):  # the rest of that import block
        index += 1
    installers = {
        stmt.name.value
        for stmt in body
        if isinstance(stmt, cst.FunctionDef) and m.findall(stmt, INSTALL_CALL)
    }
    for stmt in body[:index]:
        if isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
            continue
        calls = m.findall(stmt, m.Call())
        if any(is_install(call, installers) for call in calls if isinstance(call, cst.Call)):
            raise ValueError("install() would run before the class is defined")
    return index


INSTALL_CALL = m.Call(func=m.Attribute(value=m.Name(CLASS), attr=m.Name("install")))


def is_install(call: cst.Call, installers: set[str]) -> bool:
    """``WriteOffLoop.install(...)``, or a call of a module function that makes one."""
    if m.matches(call, INSTALL_CALL):
        return True
    return isinstance(call.func, cst.Name) and call.func.value in installers


def binds_needed_module(stmt: Statement) -> bool:
    """A top-level import (also inside a top-level ``if`` / ``try``) of a module the class uses."""
    needed = {name for name, _ in IMPORTS}
    lines: list[cst.BaseStatement] = [stmt]
    if isinstance(stmt, (cst.If, cst.Try)) and isinstance(stmt.body, cst.IndentedBlock):
        lines = list(stmt.body.body)
    return any(
        (alias or module.split(".")[0]) in needed
        for line in lines
        for module, alias in imported(line)
    )


def defines_helper(module: cst.Module) -> bool:
    return any(isinstance(s, cst.ClassDef) and s.name.value == CLASS for s in module.body)


class QueueSetup(cst.CSTTransformer):
    def __init__(self, ctx: FixContext, fix: fixes.QueueSetup, target: Statement) -> None:
        super().__init__()
        self.ctx = ctx
        self.target = target
        span = ctx.positions.get(target)
        indent = span.start.column if span is not None else 0
        self.inserter = InsertAfter(
            target, parse_statements(ctx, call_code(fix, indent, ctx.line_length))
        )
        self.done = False

    def on_leave(self, original_node: Any, updated_node: Any) -> Any:
        if original_node is self.target:
            self.done = True
            return self.inserter.on_leave(original_node, updated_node)
        return super().on_leave(original_node, updated_node)

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        if not self.done:
            return updated_node
        module = with_imports(self.ctx, updated_node, IMPORTS)
        if defines_helper(module):
            return module
        body = list(module.body)
        index = helper_index(body)
        following = body[index] if index < len(body) else None
        body[index : index + 1] = spaced(parse_statements(self.ctx, HELPER), following)
        return module.with_changes(body=body)


def queue_setup(fix: fixes.QueueSetup, ctx: FixContext) -> cst.CSTTransformer | None:
    target = statement_at(ctx, fix.after)
    return None if target is None else QueueSetup(ctx, fix, target)
