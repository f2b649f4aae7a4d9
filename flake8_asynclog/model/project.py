"""The project model: handlers configured and loggers used by coroutines, across modules.

In real services the handlers are attached in ``logconf.py`` while coroutines in
other modules log through ``logging.getLogger(__name__)``. The index below reads
every module of the project that can matter (a text pre-scan decides) once per
process, and summarises each: the handlers it attaches to which logger names, the
loggers it moves behind a queue or stops propagating, and the logger names its
coroutines log to. The module being checked is never taken from the index: its
fresh text is analysed as usual and the index supplies only the *other* modules.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..deep import parse
from ..settings import Settings
from .exports import exports, logger_arguments, may_export
from .index_cache import FileFacts, pickled_by_fields
from .programs import ProgramGraph
from .scopes import top_function
from .values import (
    ConfigDict,
    HandlerInstaller,
    HandlerListMaker,
    HandlerMaker,
    Imported,
    LoggerFactory,
    LoggerVal,
    Value,
)

if TYPE_CHECKING:
    from . import Model

_MAX_BYTES = 2_000_000


@pickled_by_fields
@dataclass(frozen=True)
class ExternalAttachment:
    """A handler another module of the project attaches to a logger."""

    logger: str
    kind: str
    label: str
    path: str
    line: int
    setup: str
    site: None = None
    guarded: bool = False  # made in an ``if __name__ == "__main__":`` block
    program: str = ""  # the entry of a program both modules run in, when known
    from_entry: bool = True  # made by that program's entry module (or the entry unknown)
    # the module-level function it is made in ("" elsewhere), and whether that program's
    # entry imports that function by name (so it calls it, as a rule)
    function: str = ""
    called: bool = False
    after: tuple[str, ...] = ()  # a basicConfig(): the functions called before it

    @property
    def where(self) -> str:
        owner = "the root logger" if self.logger == "" else f"'{self.logger}'"
        run_by = f", run by {self.program}" if self.program and self.program != self.path else ""
        return f"attached to {owner} in {self.path}:{self.line}{run_by}"


@pickled_by_fields
@dataclass
class ModuleSummary:
    path: str  # as shown in messages: relative to the project root
    attachments: list[ExternalAttachment] = field(default_factory=list)
    moved: set[str] = field(default_factory=set)
    no_propagate: set[str] = field(default_factory=set)
    coroutines: list[frozenset[str]] = field(default_factory=list)  # loggers of each
    # runs in the program the checked module is the entry of (where its main guard runs)
    with_entry: bool = False
    # what other modules import from it: module-level loggers (name -> logger name) and
    # functions returning getLogger() (name -> fixed logger name, or the parameter index)
    loggers: dict[str, str] = field(default_factory=dict)
    factories: dict[str, tuple[str | None, int | None, tuple[tuple[str, str], ...]]] = field(
        default_factory=dict
    )
    # handler classes and functions returning a handler: name -> (kind, class shown)
    handler_makers: dict[str, tuple[str, str]] = field(default_factory=dict)
    # functions attaching a handler parameter to a logger parameter: name -> the
    # (position, name) of each
    installers: dict[str, tuple[tuple[int, str], tuple[int, str]]] = field(default_factory=dict)
    # module-level dictConfig dicts (name -> the dict as JSON text)
    configs: dict[str, str] = field(default_factory=dict)
    # functions returning a literal list of handlers: name -> (kind, class shown) of each
    handler_lists: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    configured: bool = False
    root_unknown: bool = False  # a set-up the model cannot read may give root a handler
    configured_unguarded: bool = False  # some set-up outside a main guard
    runs_loop: bool = False
    reads: tuple[str, ...] = ()  # config files its set-up reads (logging.json, an ini)
    # loguru: the sinks it adds (kind, line), whether it removes the default sink, and
    # whether its coroutines log through loguru
    loguru_sinks: tuple[tuple[str, int], ...] = ()
    loguru_removes: bool = False
    loguru_logs: bool = False
    # loggers it passes to other project modules' functions: (function, parameter
    # position or keyword, logger name)
    logger_args: tuple[tuple[str, str, str], ...] = ()

    @property
    def coroutine_loggers(self) -> set[str]:
        """The logger names its coroutines log to."""
        return set().union(*self.coroutines)


@dataclass
class ProjectIndex:
    root: str
    modules: dict[str, ModuleSummary]  # real path -> summary
    graph: ProgramGraph | None = None
    # modules that only log from coroutines through other modules' loggers: summarised
    # when a module with a blocking set-up asks which coroutines reach it
    pending: list[str] = field(default_factory=list)
    settings: Settings | None = None
    # what was read of each file (kept between runs by the cache, when there is one)
    facts: dict[str, FileFacts] = field(default_factory=dict)
    changed: bool = False  # facts read or summarised since the cache was loaded
    save: Callable[[], None] | None = None  # writes the cache
    # gives the facts of every file, when they were not read yet (a warm run)
    load_facts: Callable[[], dict[str, FileFacts]] | None = None
    asked_paths: set[str] = field(default_factory=set)  # see summary_on_demand

    def read_facts(self) -> None:
        if self.load_facts is not None:
            loaded, self.load_facts = self.load_facts(), None
            self.facts = {**loaded, **self.facts}

    def read_pending(self) -> None:
        pending, self.pending = self.pending, []
        if not pending or self.graph is None or self.settings is None:
            return
        self.read_facts()
        for path in self.graph.dependencies_first(pending):
            self.summarize_into(path, self.settings)
        if self.changed and self.save is not None:
            self.save()

    def summarize_into(self, path: str, settings: Settings) -> None:
        """Summarise the module at ``path`` (a real path) into :attr:`modules`; a summary
        kept from an earlier run is reused while what it imported still answers the same."""
        facts = self.facts.get(path)
        if facts is not None and facts.summarized and stats_of(facts.reads) == facts.reads:
            if all(self.exported(qual) == value for qual, value in facts.asked):
                if facts.summary is not None:
                    self.modules[path] = facts.summary
                return
        asked: dict[str, Value | None] = {}

        def exported(qual: str) -> Value | None:
            value = self.exported(qual)
            asked.setdefault(qual, value)
            return value

        text = read_text(path)
        summary = None
        if text is not None:
            try:
                shown = os.path.relpath(path, self.root)
                summary = summarize(path, text, shown, settings, exported, self.own_module)
            except (ValueError, SyntaxError, RecursionError, MemoryError):
                pass
            except Exception:  # one odd module must not cost the rest of the project
                pass
        if facts is not None:
            facts.summarized, facts.summary, facts.asked = True, summary, tuple(asked.items())
            facts.reads = stats_of(summary.reads) if summary is not None else ()
            self.changed = True
        if summary is not None:
            self.modules[path] = summary

    def status(self, filename: str) -> str:
        """Whether ``filename`` runs in a program that runs coroutines (see ProgramGraph)."""
        if self.graph is None:
            return "unknown"
        own = os.path.realpath(filename)
        if own not in self.graph.nodes and self.graph.running:  # in tests/, examples/
            text = read_text(own)
            if text is not None:
                return self.graph.outsider_status(own, text)
        return self.graph.status(filename)

    def own_module(self, top: str) -> bool:
        """Whether the project has a module or package named ``top``."""
        return self.graph is not None and top in self.graph.by_name

    def exported(self, qual: str) -> Value | None:
        """A logger or logger factory another module defines (``from bot import LOGGER``,
        ``from app.log import get_logger``), by its absolute dotted name."""
        module, _, attr = qual.rpartition(".")
        if self.graph is None or not module:
            return None
        if module not in self.graph.by_name and "." in module:  # app.log.Mixin.logger
            module, _, owner = module.rpartition(".")
            attr = f"{owner}.{attr}"
        for path in self.graph.by_name.get(module, ()):
            if attr == "logging" and self.graph.nodes[path].binds_logging:
                return Imported("logging")  # from .compat import logging
            summary = self.modules.get(path) or self.summary_on_demand(path)
            if summary is None:
                continue
            if attr in summary.handler_makers:
                return HandlerMaker(*summary.handler_makers[attr])
            if attr in summary.handler_lists:
                return HandlerListMaker(summary.handler_lists[attr])
            if attr in summary.configs:
                return ConfigDict(summary.configs[attr])
            if attr in summary.installers:
                return HandlerInstaller(*summary.installers[attr])
            if attr in summary.loggers:
                return LoggerVal(summary.loggers[attr])
            if attr in summary.factories:
                return LoggerFactory(*summary.factories[attr])
        return None

    def summary_on_demand(self, path: str) -> ModuleSummary | None:
        """The summary of a module the text pre-scan passed over (it sets up nothing and
        has no coroutine: ``LOGGER = logging.getLogger("bot")`` in ``bot/__init__.py``),
        made the first time another module imports a name from it."""
        if path in self.asked_paths or self.settings is None:
            return None
        self.asked_paths.add(path)
        text = read_text(path)
        if text is None or not may_export(text):
            return None  # it can define no logger, handler or logging config
        self.summarize_into(path, self.settings)  # reuses a summary kept from a run before
        return self.modules.get(path)

    def others(self, filename: str) -> list[ModuleSummary]:
        """The summaries of the other modules that run in a program with ``filename``:
        a main-guard set-up only where its module is the program's entry."""
        own = os.path.realpath(filename)
        if self.graph is None:
            return [
                replace(summary, with_entry=True)
                for path, summary in self.modules.items()
                if path != own
            ]
        out = []
        own_program = self.graph.own_program(own)
        text = read_text(own) if own not in self.graph.nodes else None
        for path, program in self.graph.mates(own, text).items():
            summary = self.modules.get(path)
            if summary is None or path == own:
                continue
            entry = path == program.entry
            shown = "" if program.entry == own else program.shown
            called = self.graph.imported_by_entry(program, path)
            attachments = [
                replace(att, program=shown, from_entry=entry, called=att.function in called)
                for att in summary.attachments
                if entry or not att.guarded
            ]
            configured = summary.configured if entry else summary.configured_unguarded
            with_entry = path in own_program
            changed = (configured, with_entry) != (summary.configured, summary.with_entry)
            if summary.attachments or changed:
                summary = replace(summary, attachments=attachments, configured=configured,
                                  with_entry=with_entry)  # fmt: skip
            out.append(summary)
        return out


def forced(site: ast.AST | None) -> bool:
    """``basicConfig(..., force=True)``: it replaces root's handlers, whatever ran first."""
    return isinstance(site, ast.Call) and any(
        kw.arg == "force" and isinstance(kw.value, ast.Constant) and kw.value.value is True
        for kw in site.keywords
    )


def stats_of(
    paths: Iterable[str] | Iterable[tuple[str, int, int]],
) -> tuple[tuple[str, int, int], ...]:
    """``(path, size, time)`` of files now (``-1, -1`` for one that is gone)."""
    out = []
    for item in paths:
        path = item if isinstance(item, str) else item[0]
        try:
            info = os.stat(path)
            out.append((path, info.st_size, info.st_mtime_ns))
        except OSError:
            out.append((path, -1, -1))
    return tuple(out)


def read_text(path: str) -> str | None:
    try:
        if os.path.getsize(path) > _MAX_BYTES:
            return None
        with open(path, "rb") as handle:
            return handle.read().decode("utf-8")
    except (OSError, ValueError):
        return None


def summarize(
    path: str,
    text: str,
    shown: str,
    settings: Settings,
    exported: Callable[[str], Value | None] | None = None,
    own_module: Callable[[str], bool] | None = None,
) -> ModuleSummary | None:
    from . import build

    model = build(parse(text, path), path, settings, exported, own_module)
    return summary_of(model, shown)


def summary_of(model: Model, shown: str) -> ModuleSummary | None:
    from . import loguru

    summary = ModuleSummary(shown.replace(os.sep, "/"))
    config = model.config
    if "loguru" in model.facts.imports.names.values() or any(
        qual.startswith("loguru.") for qual in model.facts.imports.names.values()
    ):
        summary.loguru_sinks = tuple(
            (sink.kind, sink.line) for sink in loguru.sinks_of(model.evaluator)
        )
        summary.loguru_removes = loguru.removes_default(model)
        summary.loguru_logs = bool(loguru.coroutine_calls(model))
    summary.configured = config.configured
    summary.root_unknown = config.root_unknown
    summary.runs_loop = model.runs_loop
    guards = model.main_guard_lines()
    guarded = model.in_main_guard
    for name, state in config.loggers.items():
        if state.moved:
            summary.moved.add(name)
        if not state.propagate:
            summary.no_propagate.add(name)
        for att in state.attached:
            line = int(getattr(att.site, "lineno", 0))
            in_guard = guarded(att.site, guards)
            summary.attachments.append(
                ExternalAttachment(
                    name, att.kind, att.label, summary.path, line, att.setup, guarded=in_guard,
                    function=top_function(att.scope),
                    after=config.called_before(att.site, att.scope)
                    if att.setup == "basicConfig" else (),
                )
            )  # fmt: skip
    unguarded = [a for a in summary.attachments if not a.guarded]
    summary.configured_unguarded = summary.configured and (
        bool(unguarded) or not summary.attachments
    )
    by_coroutine: dict[int, set[str]] = {}
    for call in model.log_calls:
        if call.site.in_coroutine and call.logger.name is not None:
            coroutine = call.site.scope.function or call.site.scope
            by_coroutine.setdefault(id(coroutine), set()).add(call.logger.name)
    summary.coroutines = [frozenset(names) for names in by_coroutine.values()]
    exports(model, summary)
    summary.logger_args = logger_arguments(model)
    summary.reads = tuple(sorted(set(config.files.read)))  # the exports' loaders too
    useful = (
        summary.configured
        or summary.coroutine_loggers
        or summary.no_propagate
        or summary.runs_loop
        or summary.loggers
        or summary.factories
        or summary.handler_makers
        or summary.handler_lists
        or summary.configs
        or summary.installers
        or summary.loguru_sinks
        or summary.loguru_removes
        or summary.loguru_logs
        or summary.logger_args
    )
    return summary if useful else None
