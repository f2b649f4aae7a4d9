"""ASL104-ASL107: handler I/O, handler code and logging calls that break on the loop thread."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ..findings import Finding
from ..fixes import AddDelay, DropAwait
from ..model import Model
from ..model.names import BLOCKING_KINDS, FILE_HANDLER_CLASSES, is_network_call
from ..model.scopes import Scope
from ..model.values import (
    ClassVal,
    FuncVal,
    HandlerList,
    HandlerVal,
    Imported,
    ListenerVal,
    LoggerVal,
)
from .base import Rule

ASL104 = Rule(
    code="ASL104",
    name="handler-io-in-coroutine",
    summary="blocking handler I/O (flush, close, doRollover, emit, open) called in a coroutine",
    message="{call} in coroutine '{func}' does blocking handler I/O on the event loop",
    what="Flags `flush()`, `close()`, `doRollover()`, `emit()` and `handle()` called on a "
    "blocking handler in a coroutine body, and a file handler built there without "
    "`delay=True` (its constructor opens the file).",
    why="These calls write, rotate or open files on the calling thread: the event loop.",
    example="""\
async def rotate(handler: RotatingFileHandler):
    handler.doRollover()  # ASL104
""",
    use_instead="""\
async def rotate(handler: RotatingFileHandler):
    await asyncio.to_thread(handler.doRollover)
""",
    context="""\
import asyncio
from logging.handlers import RotatingFileHandler

{code}
""",
    fixable=True,
    fix_safety="Only a file handler's construction is fixed: `delay=True` is added (or a "
    "false `delay=` made true) when the mode appends, so the file is opened by the first "
    "record instead of the constructor. A handler that never writes then creates no empty "
    "file. `flush()`, `close()` and the others are left for a person.",
)

ASL105 = Rule(
    code="ASL105",
    name="emit-cannot-run-on-loop",
    summary="custom handler emit() runs an event loop, waits on one, or does blocking network I/O",
    message="{call} in {cls}.emit() cannot work on the event loop thread ({reason})",
    what="Flags a custom handler's `emit()` that calls `asyncio.run()` or "
    "`run_until_complete()`, waits on `run_coroutine_threadsafe(...).result()`, or does "
    "blocking network I/O (`urllib.request`, `requests`, `smtplib`, `socket`).",
    why="Called from a coroutine, `asyncio.run()` raises (a loop is already running) and the "
    "record is lost; `.result()` waits for the loop that is waiting for it: a deadlock; "
    "network I/O stalls every task.",
    example="""\
class SlackHandler(logging.Handler):
    def emit(self, record):
        requests.post(URL, json={"text": self.format(record)})  # ASL105

logging.getLogger().addHandler(SlackHandler())
""",
    use_instead="""\
class SlackHandler(logging.Handler):
    def emit(self, record):  # runs on the listener's thread
        requests.post(URL, json={"text": self.format(record)})

log_queue = queue.Queue()
logging.getLogger().addHandler(QueueHandler(log_queue))
listener = QueueListener(log_queue, SlackHandler())
listener.start()
atexit.register(listener.stop)
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

import requests

URL = "https://hooks.example.invalid/T0"

{code}


async def main():
    logging.error("disk full")
""",
    fixable=False,
)

ASL106 = Rule(
    code="ASL106",
    name="await-logging-call",
    summary="`await` on a stdlib logging call (TypeError at run time)",
    message="await {call}: stdlib logging calls return None, awaiting them raises TypeError",
    what="Flags `await logger.info(...)` on a stdlib logger.",
    why="Stdlib logging methods are plain functions returning `None`; `await None` raises "
    "`TypeError` after the record was already written (synchronously).",
    example="""\
async def main():
    await logger.info("ready")  # ASL106
""",
    use_instead="""\
async def main():
    logger.info("ready")
""",
    context="""\
import logging

logger = logging.getLogger(__name__)


{code}
""",
    fixable=True,
    fix_safety="Safe: the call is kept, only the `await` is dropped.",
)

ASL107 = Rule(
    code="ASL107",
    name="logging-in-signal-handler",
    summary="logging call inside a `signal.signal()` handler in an asyncio program",
    message="{call} in signal handler '{func}' can deadlock on the handler lock",
    what="Flags a stdlib logging call inside a function installed with `signal.signal()` in an "
    "asyncio program.",
    why="A signal handler runs between two bytecodes of the main thread, possibly inside a "
    "logging call that holds the handler's lock; logging again takes that lock: deadlock.",
    example="""\
def on_term(signum, frame):
    log.info("stopping")  # ASL107

async def main():
    signal.signal(signal.SIGTERM, on_term)
""",
    use_instead="""\
def on_term():
    log.info("stopping")

async def main():  # the handler runs as a loop callback, between two tasks' steps
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, on_term)
""",
    context="""\
import asyncio
import logging
import signal

log = logging.getLogger("svc")


{code}
""",
    fixable=False,
)

HANDLER_IO = frozenset({"flush", "close", "doRollover", "emit", "handle"})
# Position of ``delay`` among the positional parameters of each file handler class.
_DELAY_INDEX = {
    "logging.FileHandler": 3,
    "logging.handlers.WatchedFileHandler": 3,
    "logging.handlers.RotatingFileHandler": 5,
    "logging.handlers.TimedRotatingFileHandler": 5,
}


def check(model: Model) -> Iterator[Finding]:
    yield from handler_io(model)
    if model.is_asyncio_program:
        yield from emit_bodies(model)
        yield from signal_handlers(model)
    for call in model.log_calls:
        if call.site.awaited is not None:
            yield ASL106.at(call.site.awaited, DropAwait(), call=call.shown)


def handler_io(model: Model) -> Iterator[Finding]:
    evaluator = model.evaluator
    for site in model.facts.calls:
        if not site.in_coroutine:
            continue
        node, func = site.node, site.node.func
        name = site.scope.name
        if isinstance(func, ast.Attribute) and func.attr in HANDLER_IO:
            owner = evaluator.value(func.value, site.scope)
            blocking = isinstance(owner, HandlerVal) and owner.kind in BLOCKING_KINDS
            if isinstance(owner, HandlerList) and isinstance(owner.logger, LoggerVal):
                state = model.config.loggers.get(owner.logger.name or "\0")
                kinds = {a.kind for a in state.attached} if state and not state.moved else set()
                blocking = bool(kinds & BLOCKING_KINDS)
            if blocking:
                yield ASL104.at(node, call=f"{func.attr}()", func=name)
            continue
        callee = evaluator.value(func, site.scope)
        if isinstance(callee, Imported) and callee.name in FILE_HANDLER_CLASSES:
            index = _DELAY_INDEX.get(callee.name, 3)
            if not delayed(node, index):
                label = callee.name.rsplit(".", 1)[-1]
                fix = AddDelay() if can_delay(node, index) else None
                yield ASL104.at(node, fix, call=f"{label}() without delay=True", func=name)


def delayed(node: ast.Call, index: int) -> bool:
    """Whether a file handler construction passes a true ``delay``."""
    value = next((kw.value for kw in node.keywords if kw.arg == "delay"), None)
    if value is None and len(node.args) > index:
        value = node.args[index]
    return value is not None and not (isinstance(value, ast.Constant) and not value.value)


def can_delay(node: ast.Call, index: int) -> bool:
    """``delay=True`` keeps what the handler writes: ``delay`` is not passed by position,
    and the mode appends (with ``mode="w"`` a handler that never writes would leave the
    old file's text in place instead of emptying it)."""
    if len(node.args) > index or any(isinstance(a, ast.Starred) for a in node.args):
        return False
    if any(kw.arg is None for kw in node.keywords):
        return False
    mode = next((kw.value for kw in node.keywords if kw.arg == "mode"), None)
    if mode is None and len(node.args) > 1:
        mode = node.args[1]
    return mode is None or (isinstance(mode, ast.Constant) and mode.value in ("a", "at"))


def emit_bodies(model: Model) -> Iterator[Finding]:
    evaluator = model.evaluator
    behind = behind_listeners(model)
    for info in model.facts.classes.values():
        kind = evaluator.class_kind(info)
        emit = info.methods.get("emit")
        if kind is None or kind[0] == "queue" or emit is None:
            continue
        made = [
            site.node
            for site in model.facts.calls
            if isinstance(callee := evaluator.value(site.node.func, site.scope), ClassVal)
            and callee.info is info
        ]
        if made and all(id(node) in behind for node in made):
            continue  # only handed to a QueueListener: emit() runs on its thread
        scope = model.facts.scope_of[id(emit)]
        futures = threadsafe_futures(scope, model)
        network = {
            id(node) for node, qual in evaluator.blocking_calls(scope) if is_network_call(qual)
        }
        for site in scope.calls:
            node = site.node
            reason = loop_breaker(node, model, futures)
            if reason is None and id(node) in network:
                reason = "blocking network I/O"
            if reason is not None:
                shown = ast.unparse(node.func)
                yield ASL105.at(node, call=f"{shown}()", cls=info.name, reason=reason)


def behind_listeners(model: Model) -> set[int]:
    """Handler constructions handed to a QueueListener (their emit() runs on its thread)."""
    out: set[int] = set()
    for site in model.facts.calls:
        if not isinstance(model.evaluator.value(site.node, site.scope), ListenerVal):
            continue
        for arg in site.node.args[1:]:
            value = model.evaluator.value(arg, site.scope)
            if isinstance(value, HandlerVal):
                out.add(id(value.node))
    return out


def threadsafe_futures(scope: Scope, model: Model) -> set[str]:
    """Names ``emit()`` binds to ``asyncio.run_coroutine_threadsafe(...)``."""
    names: set[str] = set()
    for site in scope.calls:
        stmt = site.stmt
        if isinstance(stmt, ast.Assign) and stmt.value is site.node:
            if is_threadsafe(site.node, model):
                names.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
    return names


def is_threadsafe(node: ast.AST, model: Model) -> bool:
    return (
        isinstance(node, ast.Call)
        and model.facts.imports.qualname(node.func) == "asyncio.run_coroutine_threadsafe"
    )


def loop_breaker(node: ast.Call, model: Model, futures: set[str]) -> str | None:
    func = node.func
    qual = model.facts.imports.qualname(func)
    if qual == "asyncio.run":
        return "asyncio.run() raises inside a running loop; the record is lost"
    if isinstance(func, ast.Attribute) and func.attr == "run_until_complete":
        return "run_until_complete() raises inside a running loop; the record is lost"
    if isinstance(func, ast.Attribute) and func.attr == "result":
        owner = func.value
        if is_threadsafe(owner, model) or (isinstance(owner, ast.Name) and owner.id in futures):
            return "waiting on the loop from the loop thread deadlocks"
    return None


def signal_handlers(model: Model) -> Iterator[Finding]:
    evaluator = model.evaluator
    targets: set[int] = set()
    for site in model.facts.calls:
        callee = evaluator.value(site.node.func, site.scope)
        if not (isinstance(callee, Imported) and callee.name == "signal.signal"):
            continue
        if len(site.node.args) < 2:
            continue
        handler = site.node.args[1]
        if isinstance(handler, ast.Call) and handler.args:
            partial = evaluator.value(handler.func, site.scope)
            if isinstance(partial, Imported) and partial.name == "functools.partial":
                handler = handler.args[0]
        if isinstance(handler, ast.Lambda):
            targets.add(id(handler))
            continue
        value = evaluator.value(handler, site.scope)
        if isinstance(value, FuncVal):
            targets.add(id(value.node))
    if not targets:
        return
    for call in model.log_calls:
        func = call.site.scope.function
        if func is not None and id(func.node) in targets:
            yield ASL107.at(call.site.node, call=call.shown, func=func.name)
