"""ASL108: loguru calls in coroutines that write through a sink on the caller.

loguru writes each message to every sink on the thread that logs it, unless the sink
was added with ``enqueue=True`` (a worker thread then writes it). Its default sink,
``sys.stderr``, is there until ``logger.remove()``. The sinks of a program are the
``logger.add()`` calls of all its modules: this module's, and those the project
index read from the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..findings import Finding
from ..fixes import AddEnqueue
from ..model import Model
from ..model.loguru import BLOCKING_SINKS, coroutine_calls, removes_default, sinks_of
from .base import Rule

ASL108 = Rule(
    code="ASL108",
    name="loguru-sink-on-loop",
    summary="loguru call in a coroutine writes through a sink added without enqueue=True",
    message="{subject}: loguru writes {sink} on the event loop; {advice}",
    what="Flags a loguru call (`logger.info()` on `loguru.logger`) in a coroutine when the "
    "program has a sink that writes on the caller: one added without `enqueue=True` (a "
    "path, a file object, `sys.stderr`), or loguru's default `sys.stderr` sink when nothing "
    "removes it; and each such `logger.add()` in a program whose coroutines log through "
    "loguru.",
    why="Without `enqueue=True` loguru formats and writes the message on the calling "
    "thread: in a coroutine, the event loop, which stalls every task while the file or "
    "pipe is written.",
    example="""\
logger.add("app.log", rotation="10 MB")  # ASL108


async def fetch(url):
    logger.info("GET {}", url)  # ASL108
""",
    use_instead="""\
logger.add("app.log", rotation="10 MB", enqueue=True)


async def fetch(url):
    logger.info("GET {}", url)
""",
    context="""\
import sys

from loguru import logger

logger.remove()
{code}
""",
    fixable=True,
    fix_safety="The fix adds `enqueue=True` to a `logger.add()` call, and to the calls "
    "the coroutine findings of the same module point at: loguru then writes through a "
    "worker thread and joins it when the program exits (loguru registers that at "
    "import), so every message is still written, in order. A message logged right "
    "before `os._exit()` can be lost, as with any queue. The default `sys.stderr` sink "
    "is left for a person (`logger.remove()` then `logger.add(sys.stderr, enqueue=True)`).",
)


def check(model: Model) -> Iterator[Finding]:
    if model.program_status == "idle":
        return
    local = sinks_of(model.evaluator)
    calls = coroutine_calls(model)
    if not local and not calls:
        return  # no loguru here: nothing to report, the project need not be asked
    others = model.project_modules(model.evaluator.filename)
    if removes_default(model) and local:
        # this module resets loguru and adds its own sinks: it owns the configuration
        # (another module's set-up function is for another program, or removed here)
        others = [replace(summary, loguru_sinks=()) for summary in others]
    blocking: list[tuple[str, str]] = [
        (sink.kind, f"{sink.kind} sink added at line {sink.line}")
        for sink in local
        if sink.kind in BLOCKING_SINKS
    ]
    for summary in others:
        for kind, line in summary.loguru_sinks:
            if kind in BLOCKING_SINKS:
                blocking.append((kind, f"{kind} sink added in {summary.path}:{line}"))
    removed = removes_default(model) or any(summary.loguru_removes for summary in others)
    if not removed:
        blocking.append(("stream", DEFAULT_SINK))
    if blocking and calls:
        fixable = tuple((s.line, s.col) for s in local if s.kind in BLOCKING_SINKS)
        where = next((w for k, w in blocking if k == "file"), blocking[0][1])
        seen: set[int] = set()
        for site, shown in calls:
            coroutine = site.scope.function or site.scope
            if id(coroutine) in seen and not model.settings.every_call:
                continue
            seen.add(id(coroutine))
            yield ASL108.at(
                site.node,
                AddEnqueue(fixable) if fixable else None,
                subject=f"{shown} in coroutine '{site.scope.name}'",
                sink=f"the {where}",
                advice=DEFAULT_ADVICE if where == DEFAULT_SINK else ADVICE,
            )
    if calls or any(summary.loguru_logs for summary in others):
        for added in local:
            if added.kind in BLOCKING_SINKS:
                yield ASL108.at(
                    added.node,
                    AddEnqueue(((added.line, added.col),)),
                    subject="logger.add() without enqueue=True, and coroutines log through loguru",
                    sink=f"this {added.kind} sink",
                    advice=ADVICE,
                )


DEFAULT_SINK = "default sys.stderr sink"
ADVICE = "add enqueue=True to the sink (python -m flake8_asynclog.fix)"
DEFAULT_ADVICE = "logger.remove() it and logger.add(sys.stderr, enqueue=True)"
