"""Which handlers each logger has: the module's logging set-up, interpreted in source order."""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass, field, replace
from typing import Callable, Union

from ..catalogue import DJANGO_LOGGING, SERVERS_WITH_LOG_CONFIG, Installer, installer_for
from . import dictconfig, fileconfig
from .builder import ModuleFacts, source_order
from .configfiles import ConfigFiles
from .evaluate import Evaluator
from .names import QUEUE_HANDLER, QUEUE_LISTENER, runs_loop
from .project import ExternalAttachment, ModuleSummary, forced
from .scan import find_root
from .scopes import AttrStore, CallSite, Scope, top_function
from .values import (
    ClassVal,
    ConfigDict,
    Const,
    EachOf,
    FuncVal,
    HandlerInstaller,
    HandlerList,
    HandlerMaker,
    HandlerVal,
    Imported,
    ListVal,
    LoggerFactory,
    LoggerVal,
    ParamVal,
    Value,
)


@dataclass(eq=False)
class Attachment:
    """A handler attached to a logger at a setup call."""

    logger: str
    handler: Value
    site: ast.AST
    scope: Scope
    setup: str  # addHandler | basicConfig | dictConfig | handlers | factory (a get_logger())

    blocks: tuple[int, ...] = ()
    loop: ast.stmt | None = None  # the ``for`` loop over literal handlers it was made in

    @property
    def where(self) -> str:
        node = getattr(self.handler, "node", None)
        line = getattr(node, "lineno", None) or getattr(self.site, "lineno", 0)
        return f"line {line}"

    @property
    def kind(self) -> str:
        return self.handler.kind if isinstance(self.handler, HandlerVal) else "unknown"

    @property
    def label(self) -> str:
        return self.handler.label if isinstance(self.handler, HandlerVal) else "handler"


@dataclass
class LoggerState:
    attached: list[Attachment] = field(default_factory=list)
    propagate: bool = True
    moved: bool = False  # its handlers were moved behind a QueueListener


@dataclass
class ExternalLogger:
    """What the other modules of the project do to one logger."""

    attached: list[ExternalAttachment] = field(default_factory=list)
    propagate: bool = True
    moved: bool = False
    moved_in_own: bool = False  # by a module of the program this module is the entry of


@dataclass(eq=False)
class DictSetup:
    """A literal dictConfig call and what it configured."""

    call: ast.Call
    scope: Scope
    config: dictconfig.DictConfig


Event = Union[CallSite, AttrStore]


def argument_at(call: ast.Call, position: int, name: str) -> ast.expr | None:
    """The argument a call passes for the parameter at ``position`` called ``name``."""
    if position < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[position]
    return next((kw.value for kw in call.keywords if kw.arg == name), None)


def encloses(outer: ast.stmt, inner: ast.AST) -> bool:
    """Whether ``inner`` lies within the lines of ``outer``."""
    line = getattr(inner, "lineno", 0)
    return outer.lineno <= line <= (outer.end_lineno or outer.lineno)


def runs_before(att: Attachment, event: Event) -> bool:
    """Whether ``att`` was surely made before ``event`` runs: same scope, enclosing block."""
    return att.scope is event.scope and event.blocks[: len(att.blocks)] == att.blocks


class LoggingConfig:
    """The loggers' handlers after the module's set-up, with where each was attached."""

    def __init__(
        self,
        facts: ModuleFacts,
        evaluator: Evaluator,
        external: Callable[[], list[ModuleSummary]] | None = None,
        everything: Callable[[], list[ModuleSummary]] | None = None,
    ) -> None:
        self.facts = facts
        self.evaluator = evaluator
        self._load_external = external
        # the same modules and those that only log from coroutines (read when asked)
        self._load_everything = everything or external
        self._coroutines_read = False
        self._external: dict[str, ExternalLogger] | None = None
        self._coroutines: list[tuple[frozenset[str], bool]] = []
        self.external_configured = False
        self.external_runs_loop = False
        self.loggers: dict[str, LoggerState] = {}
        self.history: list[Attachment] = []  # every attachment ever made
        # whether this module is its program's entry (the model sets it: the project knows)
        self.local_is_entry: Callable[[], bool] = lambda: True
        # whether a site is in this module's ``if __name__ == "__main__":`` block
        self.in_own_guard: Callable[[ast.AST], bool] = lambda site: False
        # whether the entry of a program this module runs in imports this function
        self.entry_imports: Callable[[str], bool] = lambda function: False
        self.configured = False  # the module configures some handler somewhere
        self.dict_setups: list[DictSetup] = []
        self.unread_configs: list[CallSite] = []  # dictConfig(<not a literal>) calls
        self.movers: dict[int, set[int]] = {}  # id(def) -> parameter indexes it moves
        self.blocks: tuple[int, ...] = ()  # blocks around the event being applied
        settings = evaluator.settings
        filename = evaluator.filename
        root = settings.project_root or (find_root(filename) if filename else None)
        self.files = ConfigFiles(
            facts.imports.qualname, facts.module, filename, root,
            lambda node: facts.scope_of.get(id(node)),
        )  # fmt: skip
        events: list[Event] = [*facts.calls, *facts.attr_stores]
        events.sort(key=lambda e: e.order)
        # Scopes that build a QueueHandler / QueueListener: removing a logger's handlers
        # there moves them behind the queue; anywhere else it only removes them.
        self.queue_scopes = {id(call.scope) for call in facts.calls if self.builds_queue(call)}
        for event in events:
            self.find_mover(event)
        for event in events:
            try:
                self.apply(event)
            except RecursionError:
                continue
        self.django_settings()

    def state(self, name: str) -> LoggerState:
        if name not in self.loggers:
            self.loggers[name] = LoggerState()
        return self.loggers[name]

    # -- the rest of the project -------------------------------------------
    @property
    def external(self) -> dict[str, ExternalLogger]:
        """Other modules' handlers per logger name (empty in single-file mode)."""
        if self._external is None:
            self._external = {}
            summaries = self._load_external() if self._load_external else []
            forwarded = self.loguru_kind_in(summaries)
            for local in self.history:  # this module's InterceptHandler, no sink here
                handler = local.handler
                if isinstance(handler, HandlerVal) and handler.kind == "loguru":
                    local.handler = HandlerVal(forwarded, handler.label, handler.node)
            for summary in summaries:
                self.external_configured |= summary.configured
                self.external_runs_loop |= summary.runs_loop
                for name in summary.moved:
                    logger = self._external.setdefault(name, ExternalLogger())
                    logger.moved = True
                    logger.moved_in_own |= summary.with_entry
                for name in summary.no_propagate:
                    self._external.setdefault(name, ExternalLogger()).propagate = False
                for att in summary.attachments:
                    if att.kind == "loguru":  # the InterceptHandler: what the sinks do
                        att = replace(att, kind=forwarded)
                    self._external.setdefault(att.logger, ExternalLogger()).attached.append(att)
        return self._external

    def loguru_kind_in(self, summaries: list[ModuleSummary]) -> str:
        """What loguru's sinks do on the caller in the programs of this module: the
        strongest of the sinks this module and the others add (see
        :func:`.loguru.strongest`)."""
        from .loguru import strongest_kind

        kinds = {kind for summary in summaries for kind, _ in summary.loguru_sinks}
        kinds.add(self.evaluator.loguru_kind())
        return strongest_kind(kinds)

    def read_coroutines(self) -> None:
        """The other modules' coroutines, with the modules that only log from coroutines
        (no handler of theirs): read only for a module whose set-ups they may reach."""
        if self._coroutines_read:
            return
        self._coroutines_read = True
        for summary in self._load_everything() if self._load_everything else []:
            self._coroutines.extend((names, summary.with_entry) for names in summary.coroutines)

    @property
    def external_coroutine_loggers(self) -> set[str]:
        """Logger names the project's other modules log to from coroutines."""
        self.read_coroutines()
        return set().union(*(names for names, _ in self._coroutines))

    @property
    def external_coroutines(self) -> list[tuple[frozenset[str], bool]]:
        """For each coroutine of the project's other modules: the loggers it logs to, and
        whether it runs where this module is the entry (where its main guard runs)."""
        self.read_coroutines()
        return self._coroutines

    @property
    def configured_anywhere(self) -> bool:
        _ = self.external
        return self.configured or self.external_configured

    # -- reaching ---------------------------------------------------------
    def reach(self, name: str) -> list[Attachment | ExternalAttachment]:
        """Handlers a record logged on ``name`` goes through directly (queued ones excluded)."""
        out: list[Attachment | ExternalAttachment] = []
        external = self.external
        current: str | None = name
        while current is not None:
            state = self.loggers.get(current)
            other = external.get(current)
            moved = bool(state and state.moved) or bool(other and other.moved)
            if moved and not (state and state.moved) and other and not other.moved_in_own:
                # moved behind a queue by other programs only: this module's own
                # program (its main guard) keeps the handlers its main guard attaches
                guarded = [a for a in state.attached if self.in_own_guard(a.site)] if state else []
                out.extend(guarded)
            if not moved and current == "":
                out.extend(self.root_handlers(state, other))
            elif not moved:
                if state is not None:
                    out.extend(state.attached)
                if other is not None:
                    out.extend(other.attached)
            if (state is not None and not state.propagate) or (other and not other.propagate):
                break
            if current == "":
                break
            current = current.rsplit(".", 1)[0] if "." in current else ""
        return out

    def root_handlers(
        self, state: LoggerState | None, other: ExternalLogger | None
    ) -> list[Attachment | ExternalAttachment]:
        """Root's handlers where several modules of the program attach some.

        A ``basicConfig()`` does nothing once root has a handler. One made outside the
        program's entry (here: when this module is not an entry) is left out when other
        modules attach handlers to root too: it runs too late, or the other one does.
        When the others are ``basicConfig()`` calls too, the one in a set-up function the
        entry imports (``from app.logs import configure``) is the program's. Each program
        this module runs in is judged on its own. This module's own
        ``basicConfig(force=True)`` replaces root's handlers whenever it runs.
        """
        local: list[Attachment] = list(state.attached) if state is not None else []
        external = list(other.attached) if other is not None else []
        sources = {"<this module>"} if local else set()
        sources |= {att.path for att in external}
        if len(sources) < 2:
            return [*local, *external]
        # a basicConfig() run after a call of a set-up that gives root a handler
        root_setups = {att.function for att in external if att.function}
        root_setups |= {top_function(att.scope) for att in local if att.setup != "basicConfig"}
        root_setups.discard("")

        def no_op(att: Attachment | ExternalAttachment) -> bool:
            if att.setup != "basicConfig" or forced(att.site):
                return False
            before = (
                att.after
                if isinstance(att, ExternalAttachment)
                else self.called_before(att.site, att.scope)
            )
            return bool(root_setups.intersection(before))

        local = [att for att in local if not no_op(att)]
        external = [att for att in external if not no_op(att)]
        entry = self.local_is_entry()
        strong_here: list[Attachment | ExternalAttachment] = [
            att for att in local if entry or att.setup != "basicConfig" or forced(att.site)
        ]
        called_here: list[Attachment | ExternalAttachment] = [
            att for att in local if self.entry_imports(top_function(att.scope))
        ]
        programs: dict[str, list[ExternalAttachment]] = {}
        for att in external:
            programs.setdefault(att.program, []).append(att)
        out: list[Attachment | ExternalAttachment] = []
        for atts in programs.values() or [[]]:  # each program on its own
            strong = [*strong_here]
            strong += [att for att in atts if att.from_entry or att.setup != "basicConfig"]
            chosen = strong or [*called_here, *(att for att in atts if att.called)]
            out += [att for att in chosen if all(att is not seen for seen in out)]
        return out

    def called_before(self, site: ast.AST, scope: Scope) -> tuple[str, ...]:
        """The names of the functions called before ``site`` in its scope (``setup()``,
        ``logsetup.setup()``): a ``basicConfig()`` after one that gives root a handler
        does nothing."""
        order = source_order(site)
        names = []
        for call in self.facts.calls:
            func = call.node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if call.scope is scope and call.order < order and name:
                names.append(name)
        return tuple(names)

    # -- movers: functions that put a parameter's handlers behind a queue --
    def find_mover(self, event: Event) -> None:
        target = self.moved_target(event)
        if isinstance(target, ParamVal):
            self.movers.setdefault(id(target.func), set()).add(target.index)

    def moved_target(self, event: Event) -> LoggerVal | ParamVal | None:
        """The logger whose handlers ``event`` removes or hands to a listener, if any."""
        evaluator = self.evaluator
        if isinstance(event, AttrStore):
            if event.attr == "handlers":
                owner = evaluator.value(event.target, event.scope)
                return owner if isinstance(owner, ParamVal) else None
            return None
        node = event.node
        func = node.func
        if not isinstance(func, ast.Attribute):
            return self.listener_source(event)
        if func.attr == "removeHandler" and node.args and id(event.scope) in self.queue_scopes:
            removed = evaluator.value(node.args[0], event.scope)
            if isinstance(removed, HandlerList):
                return removed.logger
        if func.attr == "clear" and not node.args:
            owner = evaluator.value(func.value, event.scope)
            if isinstance(owner, HandlerList) and isinstance(owner.logger, ParamVal):
                return owner.logger
        if func.attr == "addFilter" and len(node.args) == 1:
            owner = evaluator.value(func.value, event.scope)
            if isinstance(owner, HandlerList) and self.writes_off_loop(node.args[0], event.scope):
                return owner.logger  # for h in log.handlers: h.addFilter(WriteOffLoop(h))
        return self.listener_source(event)

    def writes_off_loop(self, node: ast.expr, scope: Scope) -> bool:
        """``node`` makes a filter that hands its handler's writes to the loop's executor.

        That is an instance of a ``logging.Filter`` subclass of this module whose
        ``filter()`` calls ``run_in_executor`` (the fixer's ``WriteOffLoop``),
        made as ``Class(...)`` or ``cls(...)`` in one of its class methods.
        """
        if not isinstance(node, ast.Call):
            return False
        callee = self.evaluator.value(node.func, scope)
        info = callee.info if isinstance(callee, ClassVal) else None
        if info is None and isinstance(node.func, ast.Name):
            info = self.evaluator.class_of_self(node.func.id, scope)
        method = info.methods.get("filter") if info is not None else None
        if method is None:
            return False
        return any(
            isinstance(call.node.func, ast.Attribute)
            and call.node.func.attr == "run_in_executor"
            and call.scope.function is not None
            and call.scope.function.node is method
            for call in self.facts.calls
        )

    def builds_queue(self, call: CallSite) -> bool:
        """Whether ``call`` constructs a QueueHandler or a QueueListener."""
        func = call.node.func
        if not isinstance(func, (ast.Name, ast.Attribute)):
            return False
        callee = self.evaluator.value(func, call.scope)
        return isinstance(callee, Imported) and callee.name in (QUEUE_LISTENER, QUEUE_HANDLER)

    def listener_source(self, event: CallSite) -> LoggerVal | ParamVal | None:
        callee = self.evaluator.value(event.node.func, event.scope)
        if not isinstance(callee, Imported) or callee.name != QUEUE_LISTENER:
            return None
        for arg in event.node.args[1:]:
            if isinstance(arg, ast.Starred):
                source = self.evaluator.value(arg.value, event.scope)
                if isinstance(source, HandlerList):
                    return source.logger
        return None

    # -- interpretation ---------------------------------------------------
    def apply(self, event: Event) -> None:
        self.blocks = event.blocks
        target = self.moved_target(event)
        if isinstance(target, LoggerVal) and target.name is not None:
            self.move(target.name, event)
            return
        if isinstance(event, AttrStore):
            self.apply_store(event)
            return
        node, scope, evaluator = event.node, event.scope, self.evaluator
        callee = evaluator.value(node.func, scope)
        if isinstance(callee, Imported):
            if callee.name == "logging.basicConfig":
                self.basic_config(event)
            elif callee.name == "logging.config.dictConfig":
                self.dict_config(event)
            elif callee.name == "logging.config.fileConfig":
                self.file_config(event)
            elif (installer := installer_for(callee.name)) is not None:
                self.install(installer, event)
            elif callee.name in SERVERS_WITH_LOG_CONFIG:
                self.server_log_config(event, callee.name)
            return
        if isinstance(callee, HandlerInstaller):  # logconf.install(root, file_handler())
            logger_arg = argument_at(node, *callee.logger)
            handler_arg = argument_at(node, *callee.handler)
            logger = self.logger_of(logger_arg, scope) if logger_arg is not None else None
            if logger is not None and logger.name is not None and handler_arg is not None:
                handler = evaluator.value(handler_arg, scope)
                self.attach(logger.name, handler, node, scope, "addHandler")
            return
        if isinstance(callee, LoggerFactory) and callee.attaches:  # get_logger(__name__)
            made = evaluator.value(node, scope)
            if isinstance(made, LoggerVal) and made.name is not None:
                for kind, label in callee.attaches:
                    made_by = HandlerVal(kind, f"{label} added by {ast.unparse(node.func)}()", node)
                    self.attach(made.name, made_by, node, scope, "factory")
            return
        if isinstance(callee, FuncVal) and id(callee.node) in self.movers:
            shift = 1 if isinstance(node.func, ast.Attribute) and callee.scope.klass else 0
            for index in self.movers[id(callee.node)]:
                if 0 <= index - shift < len(node.args):
                    logger = self.logger_of(node.args[index - shift], scope)
                    if logger is not None and logger.name is not None:
                        self.move(logger.name, event)
            return
        if not isinstance(node.func, ast.Attribute):
            return
        if node.func.attr in ("clear", "removeHandler") and self.during_the_loop(event):
            return  # the coroutines that logged before met the handlers: they stay
        if node.func.attr == "clear" and not node.args:
            owner = evaluator.value(node.func.value, scope)
            if isinstance(owner, HandlerList) and isinstance(owner.logger, LoggerVal):
                if owner.logger.name is not None:
                    self.state(owner.logger.name).attached = []
            return
        if node.func.attr not in ("addHandler", "removeHandler") or not node.args:
            return
        logger = self.logger_of(node.func.value, scope)
        if logger is None or logger.name is None:
            return
        handler = evaluator.value(node.args[0], scope)
        if isinstance(handler, ParamVal):  # def install(logger, handler): what callers pass
            handler = evaluator.argument(handler)
        if node.func.attr == "addHandler" and isinstance(handler, EachOf):
            for item in handler.items:  # for h in (file, console): log.addHandler(h)
                self.attach(logger.name, item, node, scope, "addHandler", handler.loop)
        elif node.func.attr == "addHandler":
            self.attach(logger.name, handler, node, scope, "addHandler")
        elif isinstance(handler, HandlerVal):
            state = self.state(logger.name)
            state.attached = [a for a in state.attached if a.handler is not handler]
        elif isinstance(handler, HandlerList) and isinstance(handler.logger, LoggerVal):
            if handler.logger.name == logger.name and not self.removes_one_later(event):
                self.state(logger.name).attached = []

    def logger_of(self, node: ast.expr, scope: Scope) -> LoggerVal | None:
        """The logger ``node`` is; a parameter (``def _install(logger, handler)``) is what
        every caller passes."""
        value = self.evaluator.value(node, scope)
        if isinstance(value, ParamVal):
            value = self.evaluator.argument(value)
        return value if isinstance(value, LoggerVal) else None

    def removes_one_later(self, event: CallSite) -> bool:
        """``log.removeHandler(h)`` with ``h`` one of the logger's handlers, not each in
        turn (``for h in log.handlers[:]``), in a function only coroutines call (an admin
        command muting a handler found by name): the coroutines met the handlers first.
        Anywhere else, which handlers are left is not known, and none is kept."""
        arg = event.node.args[0]
        if isinstance(arg, ast.Name):
            bound = event.scope.binding(arg.id)
            if isinstance(bound, (ast.For, ast.AsyncFor)) and encloses(bound, event.node):
                return False
        function = event.scope.function
        if function is None:
            return False
        calls = self.calls_of(function)
        return bool(calls) and all(self.in_coroutines(site, 2) for site in calls)

    def calls_of(self, function: Scope) -> list[CallSite]:
        """This module's calls of ``function`` by its name."""
        return [
            site
            for site in self.facts.calls
            if isinstance(site.node.func, ast.Name) and site.node.func.id == function.name
        ]

    def in_coroutines(self, site: CallSite, depth: int) -> bool:
        """``site`` runs in a coroutine, or in a function only coroutines call
        (``depth`` levels of such functions)."""
        if site.in_coroutine:
            return True
        function = site.scope.function
        if depth == 0 or function is None or function.is_async:
            return False
        calls = self.calls_of(function)
        return bool(calls) and all(self.in_coroutines(other, depth - 1) for other in calls)

    def during_the_loop(self, event: Event) -> bool:
        """A removal in a coroutine (it runs while the loop runs), or after the last loop
        the function runs (teardown), does not undo, for the coroutines, the handlers
        they logged through before it."""
        if not isinstance(event, CallSite):
            return False
        if event.in_coroutine:
            return True
        function = event.scope.function
        if function and any(source_order(y) < event.order for y in function.yields):
            return True  # after the yield of a @contextmanager set-up: when the with-body ends
        if function and self.closes_handlers(function):
            return True  # a shutdown: it closes the handlers it takes away
        runs = [s.order for s in self.facts.calls if s.scope is event.scope and runs_loop(s.node)]
        return any(order < event.order for order in runs) and max(runs) < event.order

    def closes_handlers(self, function: Scope) -> bool:
        """Whether ``function`` closes a logger's handlers (``for h in log.handlers:
        h.close()``): a handler closed is done with, so what it removes is teardown."""
        for call in self.facts.calls:
            func = call.node.func
            if call.scope.function is function and isinstance(func, ast.Attribute):
                if func.attr == "close" and not call.node.args:
                    owner = self.evaluator.value(func.value, call.scope)
                    if isinstance(owner, HandlerList):
                        return True
        return False

    def move(self, name: str, event: Event) -> None:
        self.configured = True
        self.state(name).moved = True

    def apply_store(self, store: AttrStore) -> None:
        target = self.evaluator.value(store.target, store.scope)
        if isinstance(target, EachOf):  # for log in (a, b): log.propagate = False
            for item in target.items:
                if isinstance(item, LoggerVal) and item.name is not None:
                    self.store_into(item.name, store)
        elif isinstance(target, LoggerVal) and target.name is not None:
            self.store_into(target.name, store)

    def store_into(self, name: str, store: AttrStore) -> None:
        """``logger.handlers = [...]`` or ``logger.propagate = False`` on logger ``name``."""
        value = self.evaluator.value(store.value, store.scope)
        if store.attr == "handlers":
            self.state(name).attached = []
            for item in value.items if isinstance(value, ListVal) else ():
                self.attach(name, item, store.node, store.scope, "handlers")
        elif store.attr == "propagate" and isinstance(value, Const) and value.value is False:
            self.state(name).propagate = False

    def attach(
        self,
        name: str,
        handler: Value,
        site: ast.AST,
        scope: Scope,
        setup: str,
        loop: ast.stmt | None = None,
    ) -> None:
        self.configured = True
        if isinstance(handler, HandlerVal) and handler.kind == "loguru":
            # loguru's sinks are the process's: those this module adds decide; with
            # none here, the modules that read the attachment ask their programs' sinks
            kind = self.evaluator.loguru_kind()
            if kind != "unknown":
                handler = HandlerVal(kind, handler.label, handler.node)
        attachment = Attachment(name, handler, site, scope, setup, self.blocks, loop)
        self.state(name).attached.append(attachment)
        self.history.append(attachment)

    def install(self, installer: Installer, event: CallSite) -> None:
        """A library's helper attaching its handler (``coloredlogs.install()``)."""
        node, scope = event.node, event.scope
        kwargs = {kw.arg: kw.value for kw in node.keywords if kw.arg}
        given = kwargs.get(installer.logger_keyword) if installer.logger_keyword else None
        position = installer.logger_position
        if given is None and position is not None and position < len(node.args):
            given = node.args[position]
        name: str | None = ""
        if given is not None:
            value = self.evaluator.value(given, scope)
            if isinstance(value, ParamVal):
                value = self.evaluator.argument(value)
            if isinstance(value, LoggerVal):
                name = value.name
            elif isinstance(value, Const) and isinstance(value.value, (str, type(None))):
                name = value.value or ""
            else:
                name = None
        if installer.library_logger is not None:
            keyword, wanted, library = installer.library_logger
            switch = kwargs.get(keyword)
            chosen = self.evaluator.value(switch, scope) if switch is not None else None
            if isinstance(chosen, Const) and chosen.value == wanted:
                name = library
        if name is None:
            return  # a logger the model cannot name: nothing to flag
        short = installer.function.rsplit(".", 1)[-1]
        handler: Value = HandlerVal(installer.kind, f"{installer.handler} from {short}()", node)
        if installer.handler_keyword in kwargs:
            handler = self.evaluator.value(kwargs[installer.handler_keyword], scope)
        self.attach(name, handler, node, scope, installer.function)

    def basic_config(self, event: CallSite) -> None:
        node, scope = event.node, event.scope
        kwargs = {kw.arg: kw.value for kw in node.keywords if kw.arg}
        root = self.state("")
        force = kwargs.get("force")
        if force is not None:
            forced = self.evaluator.value(force, scope)
            if isinstance(forced, Const) and forced.value:
                root.attached = []
        self.configured = True
        if any(runs_before(a, event) for a in root.attached):
            return  # basicConfig does nothing when root already has handlers
        if any(o.scope is scope and o.order < event.order for o in self.unread_configs):
            return  # after a dictConfig the model cannot read: root likely has handlers
        if "handlers" in kwargs:
            handlers = self.evaluator.value(kwargs["handlers"], scope)
            items = handlers.items if isinstance(handlers, ListVal) else (handlers,)
            for item in items:
                self.attach("", item, node, scope, "basicConfig")
        elif "filename" in kwargs:
            handler = HandlerVal("file", "FileHandler from basicConfig(filename=...)", node)
            self.attach("", handler, node, scope, "basicConfig")
        else:
            label = "StreamHandler from basicConfig()"
            self.attach("", HandlerVal("stream", label, node), node, scope, "basicConfig")

    def dict_config(self, event: CallSite) -> None:
        node, scope = event.node, event.scope
        self.configured = True
        config = None
        if node.args:
            config = self.read_dict(node.args[0], scope)
            if config is None:  # dictConfig(json.load(fh)): a file the analysis can read
                config = dictconfig.read(
                    self.files.config(node.args[0], scope), self.project_handler
                )
        if config is None:  # not a literal: its handlers are unknown, nothing to flag
            self.unread_configs.append(event)
            return
        self.dict_setups.append(DictSetup(node, scope, config))
        self.configure(config, event, "dictConfig")

    def read_dict(self, node: ast.expr, scope: Scope) -> dictconfig.DictConfig | None:
        """The config a literal dict, or one another module defines
        (``dictConfig(settings.LOGGING)``, ``log_config=LOGGING_CONFIG`` imported), says."""
        config = dictconfig.read(dictconfig.literal(node, self.facts.module), self.project_handler)
        named = node.func if isinstance(node, ast.Call) and not node.args else node
        if config is None and isinstance(named, (ast.Name, ast.Attribute)):
            value = self.evaluator.value(named, scope)  # a dict, or a function returning one
            if isinstance(value, ConfigDict):
                config = dictconfig.read(value.value, self.project_handler)
        return config

    def project_handler(self, qual: str) -> tuple[str, str] | None:
        """The kind and class shown of a handler class a module of the project defines."""
        found = self.evaluator.from_project(qual)
        return (found.kind, found.label) if isinstance(found, HandlerMaker) else None

    def server_log_config(self, event: CallSite, server: str) -> None:
        """``uvicorn.run(app, log_config=...)``: the server applies a dict (dictConfig), a
        JSON / YAML file (dictConfig) or an ini file (fileConfig) when it starts."""
        node, scope = event.node, event.scope
        given = next((kw.value for kw in node.keywords if kw.arg == "log_config"), None)
        if given is None:
            return  # the server's defaults: its own loggers only, not the application's
        self.configured = True
        config = self.read_dict(given, scope)
        if config is None:
            path = self.files.path(given, scope)
            extension = os.path.splitext(path)[1].lower() if path else ""
            if path and extension in (".ini", ".cfg", ".conf"):
                self.files.read.append(path)
                config = fileconfig.read(path, self.evaluator.filename)
            elif path and extension in (".json", ".yaml", ".yml"):
                kind = "json" if extension == ".json" else "yaml"
                config = dictconfig.read(self.files.parse(path, kind), self.project_handler)
        if config is None:
            self.unread_configs.append(event)
            return
        self.dict_setups.append(DictSetup(node, scope, config))
        self.configure(config, event, server)

    def django_settings(self) -> None:
        """A Django settings module (it sets ``INSTALLED_APPS``): Django hands its
        ``LOGGING`` dict to dictConfig when it sets up, before any view runs."""
        module = self.facts.module
        bindings = module.assigns.get("LOGGING")
        if "INSTALLED_APPS" not in module.assigns or not bindings or len(bindings) != 1:
            return
        config = dictconfig.read(dictconfig.literal(bindings[0][1], module), self.project_handler)
        target = next(
            (
                target
                for stmt in self.facts.tree.body
                if isinstance(stmt, ast.Assign)
                for target in stmt.targets
                if isinstance(target, ast.Name) and target.id == "LOGGING"
            ),
            None,
        )
        if config is None or target is None:
            return
        self.configured = True
        self.configure_at(config, target, module, DJANGO_LOGGING)

    def file_config(self, event: CallSite) -> None:
        self.configured = True
        args = event.node.args
        path = self.evaluator.string(args[0], event.scope) if args else None
        config = fileconfig.read(path, self.evaluator.filename) if path else None
        if path:
            self.files.read.append(self.files.literal(path))
        if config is not None:  # an unreadable ini adds nothing to flag
            self.configure(config, event, "fileConfig")

    def configure(self, config: dictconfig.DictConfig, event: CallSite, setup: str) -> None:
        self.configure_at(config, event.node, event.scope, setup)

    def configure_at(
        self, config: dictconfig.DictConfig, node: ast.AST, scope: Scope, setup: str
    ) -> None:
        for name, spec in config.loggers.items():
            state = self.state(name)
            if spec.propagate is False:
                state.propagate = False
            if spec.handlers is None:
                continue
            state.attached = []
            for handler_name in spec.handlers:
                entry = config.handlers.get(handler_name)
                kind, label = (entry.kind, entry.label) if entry else ("unknown", handler_name)
                value = HandlerVal(kind, f"{label} '{handler_name}'", node)
                self.attach(name, value, node, scope, setup)
