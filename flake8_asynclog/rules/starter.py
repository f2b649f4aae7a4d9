"""ASL201-ASL204: logger-starter tasks that are lost, dropped, never yielded to, or leak."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding
from ..fixes import AddGlobal, InsertSleep, KeepTask
from ..model import Model
from ..model.builder import source_order, within
from ..model.names import TASK_CREATORS
from ..model.scopes import CallSite, Scope
from ..model.starters import StarterIndex
from ..model.values import Imported, ListenerVal, LoopVal
from . import fix_builders
from .base import Rule

ASL201 = Rule(
    code="ASL201",
    name="logger-task-discarded",
    summary="the task running a logger starter is not kept (it can be garbage-collected)",
    message="task running logger starter '{starter}' is discarded; keep a reference to it",
    what="Flags `asyncio.create_task(init_logger())` (also `ensure_future`, `loop.create_task`) "
    "whose result is thrown away.",
    why="The loop keeps only a weak reference to tasks: a task nobody holds can be "
    "garbage-collected mid-run, and with it the QueueListener's lifetime manager.",
    example="""\
async def main():
    asyncio.create_task(init_logger())  # ASL201
""",
    use_instead="""\
async def main():
    global LOGGER_TASK
    LOGGER_TASK = asyncio.create_task(init_logger())
""",
    context="""\
import asyncio

from app.logs import init_logger

LOGGER_TASK = None


{code}
""",
    fixable=True,
    fix_safety="Safe: the call is unchanged; its result is stored in a new module-level name.",
)

ASL202 = Rule(
    code="ASL202",
    name="logger-task-local-shadow",
    summary="logger-starter task assigned to a module-level name without `global`",
    message="'{name}' is assigned inside '{func}' without 'global {name}': the task reference "
    "dies with the function and the module-level '{name}' stays unchanged",
    what="Flags a task running a logger starter assigned, inside a function, to a name that is "
    "also module-level, without a `global` statement.",
    why="Without `global` the assignment creates a local: the module-level reference stays "
    "`None` and the task can be garbage-collected once the function returns.",
    example="""\
LOGGER_TASK = None

async def start_logging():
    LOGGER_TASK = asyncio.create_task(init_logger())  # ASL202
""",
    use_instead="""\
LOGGER_TASK = None

async def start_logging():
    global LOGGER_TASK
    LOGGER_TASK = asyncio.create_task(init_logger())
""",
    context="""\
import asyncio

from app.logs import init_logger


{code}
""",
    fixable=True,
    fix_safety="Safe: adds `global NAME` at the top of the function; flagged only when the "
    "function does not read the name before assigning it.",
)

ASL203 = Rule(
    code="ASL203",
    name="log-before-starter-runs",
    summary="logging before the logger-starter task had a chance to run",
    message="{call} (line {line}) runs before logger starter '{starter}' does: "
    "add 'await asyncio.sleep(0)' after starting it",
    what="Flags starting a logger starter task and then logging in the same function with no "
    "`await` in between (or from sync code, where no `await` is possible).",
    why="`create_task` only schedules: until the caller yields, the starter has not run, so "
    "records go to whatever was configured before (often the last-resort handler) or are lost.",
    example="""\
async def main():
    LOGGER_TASK = asyncio.create_task(init_logger())  # ASL203
    logging.info("starting")
""",
    use_instead="""\
async def main():
    LOGGER_TASK = asyncio.create_task(init_logger())
    await asyncio.sleep(0)  # the starter runs before the first record
    logging.info("starting")
""",
    context="""\
import asyncio
import logging

from app.logs import init_logger


{code}
""",
    fixable=True,
    fix_safety="Safe in coroutines: one `await asyncio.sleep(0)` is inserted after the start; "
    "not fixed in sync code.",
)

ASL204 = Rule(
    code="ASL204",
    name="listener-not-stopped-on-cancel",
    summary="starter coroutine does not stop its QueueListener when cancelled",
    message="{what} in '{func}': the QueueListener is not stopped when the task is cancelled",
    what="Flags, in a coroutine that starts a `QueueListener` and then awaits, a `stop()` that "
    "is not in a `finally` block, or an `except` that swallows `CancelledError`.",
    why="At shutdown `asyncio.run()` cancels pending tasks: code after the `await` never runs, "
    "the listener's thread is a daemon, and queued records are lost.",
    example="""\
async def start_logger():
    listener.start()
    await asyncio.Event().wait()
    listener.stop()  # ASL204
""",
    use_instead="""\
async def start_logger():
    listener.start()
    try:
        await asyncio.Event().wait()
    finally:
        listener.stop()
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

log_queue = queue.Queue()
logging.getLogger().addHandler(QueueHandler(log_queue))
listener = QueueListener(log_queue, logging.FileHandler("app.log"))


{code}
""",
    fixable=True,
    fix_safety="`stop()` after an await: the statements from the first await to the `stop()` "
    "go into `try:` and the `stop()` into `finally:` (it then also runs when they raise or "
    "return). A handler that swallows `CancelledError`: a bare `raise` is added at its end "
    "(or replaces a final `pass` / `return`), unless the handler leaves otherwise "
    "(`return` / `break` / `continue` elsewhere in it).",
)

CANCEL_CATCHERS = frozenset(
    {"asyncio.CancelledError", "asyncio.exceptions.CancelledError", "BaseException"}
)


@dataclass
class Start:
    site: CallSite
    starter: str


def check(model: Model) -> Iterator[Finding]:
    index = model.starters
    starts = [s for s in (started(model, index, site) for site in model.facts.calls) if s]
    for start in starts:
        yield from kept(model, start)
        yield from yielded(model, start)
    for func, scope in model.functions():
        if isinstance(func, ast.AsyncFunctionDef):
            yield from cancellation(model, func, scope)


def started(model: Model, index: StarterIndex, site: CallSite) -> Start | None:
    node = site.node
    callee = model.evaluator.value(node.func, site.scope)
    is_creator = isinstance(callee, Imported) and callee.name in TASK_CREATORS
    if not is_creator and isinstance(node.func, ast.Attribute):
        if node.func.attr in ("create_task", "ensure_future"):
            is_creator = isinstance(model.evaluator.value(node.func.value, site.scope), LoopVal)
    if not is_creator or not node.args or not isinstance(node.args[0], ast.Call):
        return None
    starter = index.starter_name(node.args[0], site.scope)
    return Start(site, starter) if starter else None


def kept(model: Model, start: Start) -> Iterator[Finding]:
    stmt, node, scope = start.site.stmt, start.site.node, start.site.scope
    if isinstance(stmt, ast.Expr) and stmt.value is node:
        name = task_name(model, start.starter)
        in_function = scope.kind == "function"
        yield ASL201.at(node, KeepTask(name, in_function), starter=start.starter)
        return
    if isinstance(stmt, ast.Assign) and stmt.value is node and len(stmt.targets) == 1:
        target: ast.expr = stmt.targets[0]
    elif isinstance(stmt, ast.AnnAssign) and stmt.value is node:
        target = stmt.target  # `global` forbids the annotation: the fix drops it
    else:
        return
    if not isinstance(target, ast.Name) or scope.kind != "function":
        return
    if target.id in scope.globals or model.is_main_coroutine(scope):
        return
    if target.id not in model.facts.module.assigns:
        return
    if reads_before(scope, target.id, source_order(stmt)):
        return  # `global` would change what the earlier read sees: leave it to a person
    yield ASL202.at(stmt, AddGlobal(target.id), name=target.id, func=scope.name)


def reads_before(scope: Scope, name: str, at: int) -> bool:
    return any(node.id == name and source_order(node) < at for node in scope.names)


def task_name(model: Model, starter: str) -> str:
    base = "".join(ch if ch.isalnum() else "_" for ch in starter).strip("_").upper() or "LOGGER"
    name = f"{base}_TASK"
    taken = set(model.facts.module.assigns) | set(model.facts.imports.names)
    while name in taken:
        name = "_" + name
    return name


def yielded(model: Model, start: Start) -> Iterator[Finding]:
    scope, stmt = start.site.scope, start.site.stmt
    if scope.kind != "function" or stmt is None:
        return
    after = source_order(stmt, end=True)
    first_wait = min(
        (source_order(n) for n in scope.waits if source_order(n) > after), default=None
    )
    for call in model.log_calls:
        here = source_order(call.site.node)
        if call.site.scope is not scope or here <= after:
            continue
        if first_wait is not None and first_wait < here:
            return
        fix = None
        if scope.is_async and fix_builders.module_name_usable(model, "asyncio", scope):
            fix = InsertSleep(
                fix_builders.position(stmt), not fix_builders.imported(model, "asyncio")
            )
        yield ASL203.at(
            start.site.node,
            fix,
            call=call.shown,
            line=call.site.node.lineno,
            starter=start.starter,
        )
        return


def cancellation(model: Model, func: ast.AsyncFunctionDef, scope: Scope) -> Iterator[Finding]:
    calls = [s.node for s in scope.calls if isinstance(s.node.func, ast.Attribute)]
    listener_calls = [
        c
        for c in calls
        if c.func.attr in ("start", "stop")  # type: ignore[attr-defined]
        and isinstance(model.evaluator.value(c.func.value, scope), ListenerVal)  # type: ignore[attr-defined]
    ]
    starts = [source_order(c) for c in listener_calls if c.func.attr == "start"]  # type: ignore[attr-defined]
    stops = [c for c in listener_calls if c.func.attr == "stop"]  # type: ignore[attr-defined]
    if not starts or not stops:
        return
    first_start = min(starts)
    waits = [source_order(n) for n in scope.waits if source_order(n) > first_start]
    if not waits:
        return
    for stop in stops:
        finally_blocks = (t.finalbody for t in scope.tries)
        if source_order(stop) > min(waits) and not any(
            within(stop, *block) for block in finally_blocks
        ):
            fix = fix_builders.stop_in_finally(scope, stop, first_start)
            yield ASL204.at(stop, fix, what="stop() outside 'finally'", func=func.name)
    for node in scope.tries:
        if not any(within(wait, *node.body) for wait in scope.waits):
            continue
        for handler in node.handlers:
            if catches_cancel(model, handler, scope) and not any(
                within(raised, handler) for raised in scope.raises
            ):
                reraise = fix_builders.reraise(handler, scope)
                yield ASL204.at(handler, reraise, what="CancelledError swallowed", func=func.name)


def catches_cancel(model: Model, handler: ast.ExceptHandler, scope: Scope) -> bool:
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    for expr in types:
        value = model.evaluator.value(expr, scope)
        name = value.name if isinstance(value, Imported) else getattr(expr, "id", "")
        if name in CANCEL_CATCHERS or name == "BaseException":
            return True
    return False
