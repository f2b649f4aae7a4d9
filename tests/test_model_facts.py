"""The model's own facts: what the walk records per scope, and what the evaluator and the
logging configuration make of the shapes real code takes."""

from __future__ import annotations

import ast
import dataclasses

from flake8_asynclog.model import build
from flake8_asynclog.model.builder import collect
from flake8_asynclog.model.values import EachOf, HandlerVal, LoggerVal, ParamVal
from flake8_asynclog.settings import DEFAULT_SETTINGS

SETTINGS = dataclasses.replace(DEFAULT_SETTINGS, project_scan=False)

SOURCE = """\
import asyncio
import logging

@decorate(setting())
async def serve(log, retries=default()):
    try:
        await asyncio.sleep(1)
        async with lock:
            pass
    except asyncio.CancelledError:
        raise
    finally:
        log.info("done")
    for attempt, name in pairs:
        if attempt:
            break
    def nested():
        inner_call()
        return 1
    return lambda: hidden()
"""


def scope_of(source: str, name: str):  # type: ignore[no-untyped-def]
    facts = collect(ast.parse(source))
    return next(scope for func, scope in facts.functions if func.name == name), facts


def test_a_scope_records_its_own_code_only() -> None:
    scope, _ = scope_of(SOURCE, "serve")
    called = [ast.unparse(site.node.func) for site in scope.calls]
    assert called == ["asyncio.sleep", "log.info"]  # not decorate / setting / default / nested
    assert [type(w).__name__ for w in scope.waits] == ["Await", "AsyncWith"]
    assert len(scope.tries) == 1 and len(scope.raises) == 1
    assert [type(e).__name__ for e in scope.exits] == ["Break", "Return"]
    names = {n.id for n in scope.names}
    assert {"attempt", "name", "pairs", "log", "lock"} <= names
    assert not names & {"decorate", "setting", "default", "inner_call", "hidden"}


def test_statement_lists_include_handler_bodies_and_the_module_body() -> None:
    scope, facts = scope_of(SOURCE, "serve")
    firsts = [type(block[0]).__name__ for block in scope.blocks]
    assert firsts[0] == "Try"  # the function body comes first
    assert "Raise" in firsts  # the except body
    assert facts.blocks[0] is facts.tree.body


def test_the_header_of_a_nested_def_belongs_to_no_scope_s_own_code() -> None:
    scope, facts = scope_of(SOURCE, "nested")
    assert [ast.unparse(s.node.func) for s in scope.calls] == ["inner_call"]
    every = [ast.unparse(s.node.func) for s in facts.calls]
    assert {"decorate", "setting", "default"} <= set(every)  # still calls of the module


def model(source: str):  # type: ignore[no-untyped-def]
    return build(ast.parse(source), "app.py", SETTINGS)


def test_a_loop_over_literal_handlers_is_each_of_them() -> None:
    m = model(
        "import logging\n"
        "log = logging.getLogger('app')\n"
        "for h in (logging.FileHandler('a.log'), logging.StreamHandler()):\n"
        "    log.addHandler(h)\n"
    )
    loop = m.facts.tree.body[2]
    value = m.evaluator.value(loop, m.facts.module)
    assert isinstance(value, EachOf) and len(value.items) == 2
    kinds = [a.kind for a in m.config.loggers["app"].attached]
    assert kinds == ["file", "stream"]
    assert all(a.loop is loop for a in m.config.loggers["app"].attached)


def test_computed_logger_names_are_children_of_their_known_start() -> None:
    m = model(
        "import logging\n"
        "n = 3\n"
        "a = logging.getLogger(f'jobs.worker.{n}')\n"
        "b = logging.getLogger('jobs.%d' % n)\n"
        "c = logging.getLogger('peer.{}'.format(n))\n"
        "d = logging.getLogger('echo_' + str(n))\n"
        "e = logging.getLogger(f'{__name__}.db')\n"
        "f = logging.getLogger(str(n))\n"
    )
    module = m.facts.module
    got = [
        m.evaluator.value(stmt.value, module)
        for stmt in m.facts.tree.body[2:]
        if isinstance(stmt, ast.Assign)
    ]
    assert got == [
        LoggerVal("jobs.worker.<dynamic>"),
        LoggerVal("jobs.<dynamic>"),
        LoggerVal("peer.<dynamic>"),
        LoggerVal("<dynamic>"),
        LoggerVal("app.db"),
        LoggerVal(None),
    ]


def test_a_logger_parameter_is_what_every_caller_passes() -> None:
    source = (
        "import logging\n"
        "async def work(log):\n"
        "    log.info('x')\n"
        "async def other(log):\n"
        "    log.info('y')\n"
        "def run():\n"
        "    work(logging.getLogger('a'))\n"
        "    work(log=logging.getLogger('a'))\n"
        "    other(logging.getLogger('a'))\n"
        "    other(logging.getLogger('b'))\n"
    )
    m = model(source)
    loggers = {c.site.scope.name: c.logger for c in m.log_calls}
    assert loggers == {"work": LoggerVal("a")}  # 'other' gets two different loggers


def test_a_parameter_annotated_with_a_handler_class_is_that_handler() -> None:
    m = model(
        "from logging.handlers import RotatingFileHandler\n"
        "async def rotate(handler: RotatingFileHandler, other: 'RotatingFileHandler', x):\n"
        "    handler.doRollover()\n"
    )
    func, scope = m.facts.functions[0]
    assert isinstance(func, ast.AsyncFunctionDef)
    arguments = func.args
    assert isinstance(m.evaluator.binding("handler", arguments, scope), HandlerVal)
    assert isinstance(m.evaluator.binding("other", arguments, scope), ParamVal)  # a string: unknown
    assert isinstance(m.evaluator.binding("x", arguments, scope), ParamVal)


def test_removals_in_a_coroutine_or_at_teardown_keep_the_handlers() -> None:
    source = (
        "import asyncio, logging\n"
        "log = logging.getLogger('app')\n"
        "file = logging.FileHandler('a.log')\n"
        "other = logging.FileHandler('b.log')\n"
        "def main():\n"
        "    log.addHandler(file)\n"
        "    try:\n"
        "        asyncio.run(serve())\n"
        "    finally:\n"
        "        log.removeHandler(file)\n"
        "async def serve():\n"
        "    log.info('x')\n"
        "def between():\n"
        "    log.addHandler(other)\n"
        "    asyncio.run(serve())\n"
        "    log.removeHandler(other)\n"
        "    asyncio.run(serve())\n"
    )
    m = model(source)
    attached = m.config.loggers["app"].attached
    sites = [a.site.lineno for a in attached]  # type: ignore[attr-defined]
    assert 6 in sites  # main's removal is teardown: kept
    assert 14 not in sites  # between()'s removal runs before its second loop: removed
