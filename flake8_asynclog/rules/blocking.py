"""ASL101-ASL103: coroutines that log through blocking handlers, and the set-up behind it."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ..catalogue import DJANGO_DEFAULTS, DJANGO_LOGGING, FRAMEWORK_SETUPS, GUNICORN_LOGGING
from ..findings import Finding
from ..model import Model
from ..model.config_state import Attachment
from ..model.names import BLOCKING_KINDS, HARD_BLOCKING_KINDS
from ..model.project import ExternalAttachment
from ..model.values import LoggerVal
from .base import Rule
from .fix_builders import receiver_of, setup_fix

ASL101 = Rule(
    code="ASL101",
    name="blocking-handler-in-coroutine",
    summary="logging call in a coroutine writes through a file, network or blocking custom handler",
    message="{call} in coroutine '{func}' writes through {handler} ({where}) on the event "
    "loop{more}",
    what="Flags a stdlib logging call in a coroutine body whose logger reaches a file, network "
    "or blocking custom handler that is not behind a queue: once per coroutine, at its first "
    "such call, the message saying how many more calls in it do (`asynclog-every-call` "
    "reports each). The set-up must run in the coroutine's program (see *Across modules*).",
    why="`logging` is synchronous: the handler's `emit()` runs on the calling thread, which in a "
    "coroutine is the event loop. While a `FileHandler` writes or an `SMTPHandler` talks to its "
    "server, no other task runs.",
    example="""\
log = logging.getLogger("shop")
log.addHandler(logging.FileHandler("shop.log"))

async def order(item):
    log.info("ordered %s", item)  # ASL101
""",
    use_instead="""\
log = logging.getLogger("shop")
log_queue = queue.Queue()
log.addHandler(QueueHandler(log_queue))
listener = QueueListener(log_queue, logging.FileHandler("shop.log"))
listener.start()
atexit.register(listener.stop)

async def order(item):
    log.info("ordered %s", item)
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

{code}
""",
    fixable=False,
    fix_safety="Fixed through ASL103, at the set-up site.",
)

ASL102 = Rule(
    code="ASL102",
    name="stream-handler-in-coroutine",
    summary="logging call in a coroutine writes through a stream handler (incl. implicit "
    "basicConfig)",
    message="{call} in coroutine '{func}' writes to a stream through {handler} on the event "
    "loop{more}",
    what="Like ASL101, where the blocking handlers reached are only streams: a `StreamHandler`, "
    "`basicConfig()` without a file, or the implicit `basicConfig()` a root convenience call "
    "such as `logging.info()` makes in a program (it runs the loop) that gives the root "
    "logger no handler.",
    why="A write to stderr or stdout blocks when the pipe is full (a slow log shipper, a "
    "terminal, a container runtime under load); the whole loop waits with it.",
    example="""\
logging.basicConfig(level=logging.INFO)

async def handle(request):
    logging.info("got %s", request)  # ASL102
""",
    use_instead="""\
log_queue = queue.Queue()
logging.basicConfig(level=logging.INFO, handlers=[QueueHandler(log_queue)])
listener = QueueListener(log_queue, logging.StreamHandler())
listener.start()
atexit.register(listener.stop)

async def handle(request):
    logging.info("got %s", request)
""",
    context="""\
import asyncio
import atexit
import logging
import queue
from logging.handlers import QueueHandler, QueueListener

{code}
""",
    fixable=False,
    fix_safety="Fixed through ASL103, at the set-up site.",
)

ASL103 = Rule(
    code="ASL103",
    name="blocking-handler-setup",
    summary="set-up attaches a blocking handler that coroutines log through",
    message="{setup} makes {logger} write through blocking {handler}{reach}; {advice}",
    what="Flags the set-up site (`addHandler`, `basicConfig`, a literal `dictConfig`) that "
    "attaches a blocking handler reached from coroutines, and in the implicit case the set-up "
    "function that only sets levels while coroutines log through the implicit "
    "`basicConfig()` handler.",
    why="The set-up decides where every record is written; fixing it once fixes every "
    "ASL101/ASL102 call that goes through it.",
    example="""\
def setup_logging():
    logging.basicConfig(filename="app.log", level=logging.INFO)  # ASL103

async def main():
    logging.info("serving")
""",
    use_instead="""\
def setup_logging():
    logging.basicConfig(filename="app.log", level=logging.INFO)
    WriteOffLoop.install(logging.getLogger())  # the class the fixer writes

async def main():
    logging.info("serving")
""",
    context="""\
import asyncio
import logging

{code}


if __name__ == "__main__":
    setup_logging()
    asyncio.run(main())
""",
    fixable=True,
    fix_safety="Safe: the handlers stay on the logger (`logger.handlers`, their formatters, "
    "levels and filters are what the program made); each gets a last filter that, on a "
    "thread running an event loop, hands the record to the loop's executor, written in "
    "order, and anywhere else lets the handler write it after what is queued. "
    "`asyncio.run()` waits for its executor, so no record is lost after the loop, in a "
    "second loop, in a forked worker or at exit. One difference: a format with "
    "`%(lineno)d` shows the lines the fix moved down.",
)

IMPLICIT = "the implicit basicConfig() stderr handler"
IMPLICIT_SETUP = "stderr handler of the implicit basicConfig() (it only sets levels)"


def where(scope_name: str) -> str:
    return scope_name or "<module>"


def logger_label(name: str) -> str:
    return "the root logger" if name == "" else f"logger '{name}'"


def runs_a_program(model: Model) -> bool:
    """The implicit basicConfig() is a program's: one that runs the loop (here or in the
    project). A library module's root calls are configured by whoever imports it."""
    _ = model.config.external
    return model.runs_loop or model.config.external_runs_loop


def check(model: Model) -> Iterator[Finding]:
    if model.program_status == "idle":
        return  # no program that runs coroutines runs this module: nothing reaches a loop
    config = model.config
    guards = [] if model.entry_runs_coroutines else model.main_guard_lines()
    reached: dict[int, set[object]] = {}  # id(attachment) -> the coroutines reaching it
    implicit = False
    coroutine_logs = [c for c in model.log_calls if c.site.in_coroutine]
    found: dict[tuple[int, str], list[tuple[ast.AST, dict[str, str]]]] = {}
    for call in coroutine_logs:
        name = call.logger.name
        if name is None:
            continue
        attachments = [a for a in config.reach(name) if not guarded(model, a, guards)]
        hard = [a for a in attachments if a.kind in HARD_BLOCKING_KINDS]
        streams = [a for a in attachments if a.kind == "stream"]
        func = where(call.site.scope.name)
        coroutine = call.site.scope.function or call.site.scope
        if hard or streams:
            for att in (*hard, *streams):
                reached.setdefault(id(att), set()).add(id(coroutine))
            if hard:
                evidence = {"handler": hard[0].label, "where": hard[0].where}
                code = "ASL101"
            else:
                evidence = {"handler": f"{streams[0].label} ({streams[0].where})"}
                code = "ASL102"
        elif call.convenience and not config.root_configured and runs_a_program(model):
            # the set-up function that only sets levels is flagged where nothing is set up
            implicit = implicit or not config.configured_anywhere
            evidence, code = {"handler": IMPLICIT}, "ASL102"
        else:
            continue
        evidence.update(call=call.shown, func=func)
        found.setdefault((id(coroutine), code), []).append((call.site.node, evidence))
    yield from per_coroutine(found, model.settings.every_call)
    if any(att.kind == "loguru" for att in config.history):
        _ = config.external  # an InterceptHandler takes the kind of its programs' sinks
    if any(att.kind in BLOCKING_KINDS for att in config.history):
        all_guards = model.main_guard_lines()
        for index, (names, with_entry) in enumerate(config.external_coroutines):
            for name in names:
                for att in config.reach(name):
                    if with_entry or not model.in_main_guard(att.site, all_guards):
                        reached.setdefault(id(att), set()).add(("external", index))
    yield from setup_sites(model, reached, bool(coroutine_logs), guards)
    if implicit and model.is_asyncio_program:
        yield from implicit_setups(model)


def guarded(
    model: Model, att: Attachment | ExternalAttachment, guards: list[tuple[int, int]]
) -> bool:
    """A set-up of this module's main guard, in a module whose own program runs no
    coroutine (``guards`` is empty otherwise)."""
    return isinstance(att, Attachment) and model.in_main_guard(att.site, guards)


def per_coroutine(
    found: dict[tuple[int, str], list[tuple[ast.AST, dict[str, str]]]], every_call: bool
) -> Iterator[Finding]:
    """ASL101 / ASL102 once per coroutine, at its first call, saying how many more calls
    in it do the same (every call with ``every_call``)."""
    for (_, code), calls in found.items():
        rule = ASL101 if code == "ASL101" else ASL102
        shown = calls if every_call else calls[:1]
        more = len(calls) - len(shown)
        suffix = f" (and {more} more call{'s' if more > 1 else ''} in it)" if more else ""
        for node, evidence in shown:
            yield rule.at(node, None, more=suffix, **evidence)


def setup_sites(
    model: Model,
    reached: dict[int, set[object]],
    coroutines_log: bool,
    guards: list[tuple[int, int]],
) -> Iterator[Finding]:
    config = model.config
    flagged: dict[int, list[Attachment]] = {}  # id(site) -> its blocking attachments
    for att in config.history:
        if att.kind not in BLOCKING_KINDS or model.in_main_guard(att.site, guards):
            continue
        if att.setup in ("factory", DJANGO_DEFAULTS):  # made in another module's
            continue  # get_logger(), or by Django itself: no set-up line of the project's
        state = config.loggers[att.logger]
        if state.moved or att not in state.attached:
            continue
        if id(att) not in reached:
            # no coroutine is seen logging through it: flag only the entry point of an
            # asyncio program whose coroutines log elsewhere (seen from this file alone)
            local = model.is_asyncio_program and model.runs_loop and not coroutines_log
            if not local or config.external_coroutine_loggers:
                continue
        flagged.setdefault(id(att.site), []).append(att)
    for atts in flagged.values():
        att = atts[0]
        count = len(set().union(*(reached.get(id(a), set()) for a in atts)))
        verb = "coroutines log" if count > 1 else "coroutine logs"
        reach = f" ({count} {verb} through it)" if count else ""
        fix = None
        if att.setup not in FRAMEWORK_SETUPS:  # the framework applies those when it starts
            names = logger_names(atts)
            fix = setup_fix(model, att.loop or att.site, att.scope, names, False,
                            receiver_of(att.site))  # fmt: skip
        setup = SETUP_PHRASES.get(att.setup, att.setup + "()")
        yield ASL103.at(
            att.site,
            fix,
            setup=setup,
            handler=att.label,
            logger=logger_label(att.logger),
            reach=reach,
            advice=FRAMEWORK_ADVICE if att.setup in FRAMEWORK_SETUPS else FIX_ADVICE,
        )


FIX_ADVICE = "hand its writes to a thread (python -m flake8_asynclog.fix)"
# The framework applies the config when it starts: the config itself must queue.
FRAMEWORK_ADVICE = (
    "make the config queue them (Python 3.12+: a logging.handlers.QueueHandler entry "
    "whose 'handlers' lists them, its listener started where the app starts)"
)
SETUP_PHRASES = {
    "handlers": "assigning .handlers",
    DJANGO_LOGGING: "Django's LOGGING setting",
    GUNICORN_LOGGING: "gunicorn's logconfig_dict setting",
}


def logger_names(atts: list[Attachment]) -> list[str]:
    return list(dict.fromkeys(a.logger for a in atts))


def implicit_setups(model: Model) -> Iterator[Finding]:
    """Set-up functions that only set the root logger's level (the tutorial's blocking one)."""
    seen: set[int] = set()
    for site in model.facts.calls:
        func = site.node.func
        if not (isinstance(func, ast.Attribute) and func.attr == "setLevel"):
            continue
        owner = model.evaluator.value(func.value, site.scope)
        if not (isinstance(owner, LoggerVal) and owner.name == ""):
            continue
        scope = site.scope.function
        anchor: ast.AST = scope.node if scope is not None else site.node
        if id(anchor) in seen:
            continue
        seen.add(id(anchor))
        name = scope.name if scope is not None else "<module>"
        yield ASL103.at(
            anchor,
            setup_fix(model, site.node, site.scope, [""], True),
            setup=f"set-up '{name}'" if scope is not None else "setLevel()",
            handler=IMPLICIT_SETUP,
            logger=logger_label(""),
            reach="",
            advice=FIX_ADVICE,
        )
