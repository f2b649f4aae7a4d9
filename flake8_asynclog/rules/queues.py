"""ASL301-ASL306: a broken QueueHandler / QueueListener wiring."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ..findings import Finding
from ..fixes import AtexitReference, Fix, RegisterStop, ThreadQueue, UnboundedQueue
from ..model import Model
from ..model.config_state import DictSetup
from ..model.names import ASYNCIO_QUEUES, BLOCKING_KINDS
from ..model.scopes import CallSite
from ..model.values import HandlerVal, Imported, ListenerVal, ListVal, QueueVal, Value
from . import fix_builders
from .base import Rule
from .fix_builders import receiver_of, setup_fix

ASL301 = Rule(
    code="ASL301",
    name="asyncio-queue-in-queue-handler",
    summary="an `asyncio.Queue` handed to QueueHandler / QueueListener / dictConfig `queue`",
    message="{queue} (not thread-safe) handed to {consumer} at line {line}; use queue.Queue",
    what="Flags an `asyncio.Queue` (or `LifoQueue` / `PriorityQueue`) given to `QueueHandler`, "
    "`QueueListener` or as dictConfig's `queue`.",
    why="`asyncio.Queue` is not thread-safe and its `get()` is a coroutine: the listener "
    "thread's `get(True)` raises and the thread dies; records pile up unseen. Type checkers "
    "accept it (same protocol) and 3.13+ dictConfig accepts it silently.",
    example="""\
log_queue = asyncio.Queue()  # ASL301
root.addHandler(QueueHandler(log_queue))
""",
    use_instead="""\
log_queue = queue.Queue()
root.addHandler(QueueHandler(log_queue))
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

root = logging.getLogger()
{code}
listener = QueueListener(log_queue, logging.FileHandler("app.log"))
listener.start()
atexit.register(listener.stop)
""",
    fixable=True,
    fix_safety="Safe when the queue only carries log records; the fix changes the constructor "
    "and adds `import queue`.",
)
ASL302 = Rule(
    code="ASL302",
    name="listener-never-stopped",
    summary="QueueListener started and never stopped (or `atexit.register(x.stop())`)",
    message="{problem}",
    what="Flags a `QueueListener` started with no `stop()` on any path (no `stop()`, no "
    "`atexit.register(listener.stop)`, no `with`, not returned or stored for someone else), "
    "and `atexit.register(listener.stop())`, which stops it at once.",
    why="The listener thread is a daemon: at exit it is killed with records still queued.",
    example="""\
listener = QueueListener(log_queue, logging.FileHandler("app.log"))
listener.start()  # ASL302
""",
    use_instead="""\
listener = QueueListener(log_queue, logging.FileHandler("app.log"))
listener.start()
atexit.register(listener.stop)
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

log_queue = queue.Queue()
logging.getLogger().addHandler(QueueHandler(log_queue))
{code}
""",
    fixable=True,
    fix_safety="Safe: registers `listener.stop` with atexit after the start.",
)
ASL303 = Rule(
    code="ASL303",
    name="queue-handler-beside-blocking",
    summary="QueueHandler added to a logger that keeps a blocking handler attached directly",
    message="QueueHandler added to {logger}, which still writes through {handler} "
    "(line {line}) directly",
    what="Flags adding a `QueueHandler` to a logger that also has a blocking handler of its "
    "own, e.g. root still holding `basicConfig()`'s handler.",
    why="Every record is written twice, once of them still on the event loop.",
    example="""\
logging.basicConfig()
root.addHandler(QueueHandler(log_queue))  # ASL303
""",
    use_instead="""\
logging.basicConfig(handlers=[QueueHandler(log_queue)])
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

log_queue = queue.Queue()
root = logging.getLogger()
{code}
listener = QueueListener(log_queue, logging.FileHandler("app.log"))
listener.start()
atexit.register(listener.stop)


async def main():
    logging.info("serving")
""",
    fixable=True,
    fix_safety="As ASL103's: `WriteOffLoop.install(LOGGER)` after the QueueHandler is added "
    "takes every handler of that logger off the loop (the QueueHandler too, at no cost); "
    "the handlers stay attached and write what they wrote.",
)
ASL304 = Rule(
    code="ASL304",
    name="queue-never-drained",
    summary="QueueHandler whose queue nothing drains (incl. a dictConfig listener never started)",
    message="{what}: nothing drains its queue",
    what="Flags a `QueueHandler` whose queue has no `QueueListener` and no consumer `get()`, "
    "and a dictConfig `QueueHandler` with `handlers:` whose listener is never started "
    "(dictConfig builds it but does not start it).",
    why="Records go into the queue and never come out: nothing is written, memory grows.",
    example="""\
root.addHandler(QueueHandler(queue.Queue()))  # ASL304
""",
    use_instead="""\
log_queue = queue.Queue()
root.addHandler(QueueHandler(log_queue))
listener = QueueListener(log_queue, logging.FileHandler("app.log"))
listener.start()
atexit.register(listener.stop)
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

root = logging.getLogger()
{code}
""",
    fixable=False,
)
ASL305 = Rule(
    code="ASL305",
    name="bounded-log-queue",
    summary="bounded queue (maxsize > 0) handed to QueueHandler",
    message="bounded {queue}(maxsize > 0) handed to QueueHandler at line {line}: "
    "put_nowait() drops records when it is full",
    what="Flags a queue built with a positive `maxsize` and given to `QueueHandler`.",
    why="`QueueHandler` enqueues with `put_nowait()`: when the queue is full the record is "
    "dropped (through `handleError`), silently losing logs under load.",
    example="""\
log_queue = queue.Queue(maxsize=1000)  # ASL305
""",
    use_instead="""\
log_queue = queue.Queue()
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

{code}
logging.getLogger().addHandler(QueueHandler(log_queue))
listener = QueueListener(log_queue, logging.FileHandler("app.log"))
listener.start()
atexit.register(listener.stop)
""",
    fixable=True,
    fix_safety="The bound is dropped (`maxsize` by keyword or first by position): records the "
    "full queue used to drop are written. Memory then grows with a backlog instead of records "
    "being lost.",
)
ASL306 = Rule(
    code="ASL306",
    name="listener-started-twice",
    summary="`start()` called twice on the same QueueListener",
    message="QueueListener started again (first start at line {line}) without stop()",
    what="Flags a second `start()` on the same `QueueListener` with no `stop()` in between.",
    why="Before 3.14 a second thread starts silently; the next `stop()` then never returns.",
    example="""\
listener.start()
listener.start()  # ASL306
""",
    use_instead="""\
listener.start()  # once; stop() it before starting it again
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
atexit.register(listener.stop)
""",
    fixable=False,
)


def check(model: Model) -> Iterator[Finding]:
    yield from queue_kinds(model)
    yield from unstopped(model)
    yield from double_start(model)
    if model.is_asyncio_program:
        yield from still_blocking(model)
    yield from undrained(model)


def queue_arg(site: CallSite) -> ast.expr | None:
    for kw in site.node.keywords:
        if kw.arg == "queue":
            return kw.value
    return site.node.args[0] if site.node.args else None


def consumers(model: Model) -> Iterator[tuple[CallSite, str, QueueVal | None]]:
    """QueueHandler / QueueListener constructions with the queue they get."""
    for site in model.facts.calls:
        made = model.evaluator.value(site.node, site.scope)
        if isinstance(made, HandlerVal) and made.kind == "queue":
            consumer = made.label
        elif isinstance(made, ListenerVal):
            consumer = "QueueListener"
        else:
            continue
        arg = queue_arg(site)
        value = model.evaluator.value(arg, site.scope) if arg is not None else None
        yield site, consumer, value if isinstance(value, QueueVal) else None


def queue_kinds(model: Model) -> Iterator[Finding]:
    seen: set[tuple[str, int]] = set()
    for site, consumer, queue in consumers(model):
        if queue is None:
            continue
        label = queue.label.rsplit(".", 1)[-1]
        line = site.node.lineno
        if queue.kind == "asyncio" and ("301", id(queue.node)) not in seen:
            seen.add(("301", id(queue.node)))
            alias = fix_builders.module_alias(model, "queue")
            fix: Fix | None = None
            if alias is not None:
                imported = alias == "queue" and fix_builders.imported(model, "queue")
                fix = ThreadQueue(label, alias, not imported)
            yield ASL301.at(queue.node, fix, queue=f"asyncio.{label}", consumer=consumer, line=line)
        if consumer != "QueueListener" and queue.bounded and ("305", id(queue.node)) not in seen:
            seen.add(("305", id(queue.node)))
            fix = UnboundedQueue() if isinstance(queue.node, ast.Call) else None
            yield ASL305.at(queue.node, fix, queue=queue.label, line=line)
    for setup in model.config.dict_setups:
        for entry in setup.config.handlers.values():
            if entry.kind != "queue":
                continue
            where = asyncio_spec(model, entry.queue, setup)
            if where is None or ("301", id(where)) in seen:
                continue
            seen.add(("301", id(where)))
            alias = fix_builders.module_alias(model, "queue")
            fix = None
            if isinstance(where, ast.Call) and where is not setup.call and alias is not None:
                imported = alias == "queue" and fix_builders.imported(model, "queue")
                fix = ThreadQueue("Queue", alias, not imported)
            yield ASL301.at(
                where,
                fix,
                queue="asyncio.Queue",
                consumer=f"dictConfig QueueHandler '{entry.name}'",
                line=setup.call.lineno,
            )


def asyncio_spec(model: Model, spec: object, setup: DictSetup) -> ast.AST | None:
    """Where a dictConfig ``queue`` entry makes an asyncio queue (``None``: it does not)."""
    if isinstance(spec, dict):
        spec = spec.get("()")
    if isinstance(spec, str):
        name = spec.replace("ext://", "").replace(".queues.", ".")
        return setup.call if name in ASYNCIO_QUEUES else None
    if isinstance(spec, ast.expr):
        value = model.evaluator.value(spec, setup.scope)
        if isinstance(value, QueueVal) and value.kind == "asyncio":
            return value.node
    return None


def listener_of(model: Model, expr: ast.expr, site: CallSite) -> ListenerVal | None:
    value: Value = model.evaluator.value(expr, site.scope)
    return value if isinstance(value, ListenerVal) else None


def method_calls(model: Model, method: str) -> Iterator[tuple[CallSite, ListenerVal]]:
    for site in model.facts.calls:
        func = site.node.func
        if isinstance(func, ast.Attribute) and func.attr == method:
            listener = listener_of(model, func.value, site)
            if listener is not None:
                yield site, listener


def unstopped(model: Model) -> Iterator[Finding]:
    evaluator = model.evaluator
    handled: set[int] = set()
    for _, listener in method_calls(model, "stop"):
        handled.add(id(listener.node))
    for site in model.facts.calls:
        callee = evaluator.value(site.node.func, site.scope)
        if not (isinstance(callee, Imported) and callee.name == "atexit.register"):
            continue
        for arg in site.node.args[:1]:
            if isinstance(arg, ast.Attribute) and arg.attr == "stop":
                stopped = listener_of(model, arg.value, site)
                if stopped is not None:
                    handled.add(id(stopped.node))
            elif isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute):
                if arg.func.attr == "stop" and listener_of(model, arg.func.value, site):
                    yield ASL302.at(
                        site.node,
                        AtexitReference(),
                        problem="atexit.register(listener.stop()) stops the "
                        "listener at once; register listener.stop instead",
                    )
    for expr, scope in (*model.facts.escapes, *model.facts.with_items):
        for value in flatten(evaluator.value(expr, scope)):
            if isinstance(value, ListenerVal):
                handled.add(id(value.node))
    escaped = passed_on(model)
    reported: set[int] = set()
    for site, listener in method_calls(model, "start"):
        key = id(listener.node)
        if key in handled or key in escaped or key in reported:
            continue
        reported.add(key)
        stop: RegisterStop | None = None
        receiver = site.node.func.value if isinstance(site.node.func, ast.Attribute) else None
        if (
            isinstance(receiver, (ast.Name, ast.Attribute))  # not QueueListener(...).start()
            and isinstance(site.stmt, ast.Expr)
            and site.stmt.value is site.node
            and fix_builders.module_name_usable(model, "atexit", site.scope)
        ):
            stop = RegisterStop(ast.unparse(receiver), not fix_builders.imported(model, "atexit"))
        yield ASL302.at(
            site.node,
            stop,
            problem="QueueListener started and never stopped: records still queued at exit "
            "are lost (stop it in 'finally' or atexit.register(listener.stop))",
        )


def passed_on(model: Model) -> set[int]:
    """Listeners handed to some other call as an argument (someone else may stop them)."""
    out: set[int] = set()
    for site in model.facts.calls:
        for arg in site.node.args:
            if isinstance(arg, (ast.Name, ast.Attribute)):
                listener = listener_of(model, arg, site)
                if listener is not None:
                    out.add(id(listener.node))
    return out


def flatten(value: Value) -> list[Value]:
    """A value, or the items of a literal list / tuple of values."""
    return list(value.items) if isinstance(value, ListVal) else [value]


def double_start(model: Model) -> Iterator[Finding]:
    events: list[tuple[int, str, CallSite, ListenerVal]] = []
    for method in ("start", "stop"):
        for site, listener in method_calls(model, method):
            events.append((site.order, method, site, listener))
    events.sort(key=lambda e: e[0])
    running: dict[tuple[int, int], CallSite] = {}
    at_import: dict[int, CallSite] = {}  # started by module-level code, not stopped there
    for _, method, site, listener in events:
        key = (id(site.scope), id(listener.node))
        if method == "stop":
            running.pop(key, None)
            if site.scope.kind == "module":
                at_import.pop(id(listener.node), None)
        elif key in running:
            yield ASL306.at(site.node, line=running[key].node.lineno)
        else:
            running[key] = site
            if site.scope.kind == "module":
                at_import[id(listener.node)] = site
    for _, method, site, listener in events:
        first = at_import.get(id(listener.node))
        if method == "start" and first is not None and site.scope.kind != "module":
            if not any(
                m == "stop" and s.scope is site.scope and s.order < site.order
                for _, m, s, lv in events
                if lv.node is listener.node
            ):
                yield ASL306.at(site.node, line=first.node.lineno)


def still_blocking(model: Model) -> Iterator[Finding]:
    config = model.config
    for name, state in config.loggers.items():
        if state.moved:
            continue
        blocking = [a for a in state.attached if a.kind in BLOCKING_KINDS]
        if not blocking:
            continue
        for att in state.attached:
            if att.kind == "queue" and att.setup == "addHandler":
                first = blocking[0]
                logger = "the root logger" if name == "" else f"logger '{name}'"
                line = int(getattr(first.site, "lineno", 0))
                receiver = receiver_of(att.site)
                fix = setup_fix(model, att.site, att.scope, [name], False, receiver)
                yield ASL303.at(att.site, fix, logger=logger, handler=first.label, line=line)


def undrained(model: Model) -> Iterator[Finding]:
    evaluator = model.evaluator
    drained: set[int] = set()
    handlers: list[tuple[CallSite, str, QueueVal]] = []
    for site, consumer, queue in consumers(model):
        if queue is None:
            continue
        if consumer == "QueueListener":
            drained.add(id(queue.node))
        elif not owns_listener(model, site):
            handlers.append((site, consumer, queue))
    for site in model.facts.calls:
        func = site.node.func
        if isinstance(func, ast.Attribute) and func.attr in ("get", "get_nowait"):
            value = evaluator.value(func.value, site.scope)
            if isinstance(value, QueueVal):
                drained.add(id(value.node))
    for site, consumer, queue in handlers:
        if id(queue.node) not in drained:
            yield ASL304.at(site.node, what=f"{consumer}({queue.label.rsplit('.', 1)[-1]})")
    started = {starts_handler_listener(model, site) for site in model.facts.calls}
    if "*" in started:
        return  # a listener of a handler we cannot name is started: assume it is this one
    for setup in model.config.dict_setups:
        for entry in setup.config.handlers.values():
            if entry.kind == "queue" and entry.listens_to and entry.name not in started:
                yield ASL304.at(
                    setup.call,
                    what=f"dictConfig QueueHandler '{entry.name}' builds a QueueListener that "
                    "is never started",
                )
                break


def starts_handler_listener(model: Model, site: CallSite) -> str | None:
    """For ``getHandlerByName("q").listener.start()`` (directly or through a name bound to
    the ``.listener``): the handler's name, ``"*"`` when it is not a literal; else ``None``."""
    func = site.node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "start"):
        return None
    receiver: ast.AST = func.value
    if isinstance(receiver, ast.Name):
        bindings = site.scope.assigns.get(receiver.id) or model.facts.module.assigns.get(
            receiver.id, []
        )
        receiver = bindings[-1][1] if bindings else receiver
    if not (isinstance(receiver, ast.Attribute) and receiver.attr == "listener"):
        return None
    handler = receiver.value
    if isinstance(handler, ast.Call) and handler.args:
        name = model.evaluator.string(handler.args[0], site.scope)
        if name is not None:
            return name
    return "*"


def owns_listener(model: Model, site: CallSite) -> bool:
    """A QueueHandler subclass that builds its own QueueListener drains its own queue."""
    func = site.node.func
    value = model.evaluator.value(func, site.scope)
    info = getattr(value, "info", None)
    if info is None:
        return False
    for method in info.methods.values():
        scope = model.facts.scope_of[id(method)]
        if any(isinstance(model.evaluator.value(s.node, scope), ListenerVal) for s in scope.calls):
            return True
    return False
