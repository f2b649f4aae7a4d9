"""Which handlers each logger has: the module's logging set-up, interpreted in source order.

The state and the attachments are :mod:`.config_state`'s; :mod:`.setup_calls` applies
the calls that configure from a description, :mod:`.removals` decides when handlers
stop counting. This module walks the events and answers which handlers a logger
reaches, with the rest of the project's.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import Callable

from ..catalogue import SERVERS_WITH_LOG_CONFIG, installer_for
from .builder import ModuleFacts
from .config_state import (
    Attachment,
    Event,
    ExternalLogger,
    LoggerState,
    argument_at,
)
from .configfiles import ConfigFiles
from .evaluate import Evaluator
from .project import ExternalAttachment, ModuleSummary, forced
from .removals import Removals
from .scan import find_root
from .scopes import AttrStore, top_function
from .setup_calls import SetupCalls
from .values import (
    Const,
    EachOf,
    FuncVal,
    HandlerInstaller,
    HandlerList,
    HandlerVal,
    Imported,
    ListVal,
    LoggerFactory,
    LoggerVal,
    ParamVal,
)


class LoggingConfig(SetupCalls, Removals):
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
        self.external_root_unknown = False
        self.external_runs_loop = False
        self.loggers = {}
        self.history = []
        # whether this module is its program's entry (the model sets it: the project knows)
        self.local_is_entry: Callable[[], bool] = lambda: True
        # whether a site is in this module's ``if __name__ == "__main__":`` block
        self.in_own_guard: Callable[[ast.AST], bool] = lambda site: False
        # whether the entry of a program this module runs in imports this function
        self.entry_imports: Callable[[str], bool] = lambda function: False
        self.configured = False
        self.root_unknown = False
        self.dict_setups = []
        self.unread_configs = []
        self.movers = {}
        self._detaches: dict[int, bool] = {}  # id(function scope) -> detaches()
        self.blocks = ()
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
        self.framework_settings()

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
                self.external_root_unknown |= summary.root_unknown
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

    @property
    def root_configured(self) -> bool:
        """Whether root may have a handler in this module's programs: one attached or
        moved here or in another module, or a set-up the model cannot read. Without,
        the first root call (``logging.info()``) runs ``basicConfig()`` (a stderr
        handler), whatever handlers named loggers have."""
        root = self.loggers.get("")
        other = self.external.get("")
        return (
            self.root_unknown
            or self.external_root_unknown
            or bool(root and (root.attached or root.moved))
            or bool(other and (other.attached or other.moved))
        )

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
            library = evaluator.third_party(callee.name)
            if callee.name == "logging.basicConfig":
                self.basic_config(event)
            elif callee.name == "logging.config.dictConfig":
                self.dict_config(event)
            elif callee.name == "logging.config.fileConfig":
                self.file_config(event)
            elif library and (installer := installer_for(callee.name)) is not None:
                self.install(installer, event)
            elif library and callee.name in SERVERS_WITH_LOG_CONFIG:
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
        if isinstance(callee, FuncVal) and self.detaches(callee):  # _private("app.debug")
            made = evaluator.value(node, scope)
            if isinstance(made, LoggerVal) and made.name is not None:
                self.state(made.name).propagate = False
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
        if node.func.attr == "run" and (installer := self.client_run(node, scope)):
            self.install(installer, event)  # discord.py: Client.run() sets logging up
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
        owner = evaluator.value(node.func.value, scope)
        if node.func.attr == "addHandler" and isinstance(owner, EachOf):
            handler = evaluator.value(node.args[0], scope)  # for name in (...): getLogger(name)
            for item in owner.items:
                if isinstance(item, LoggerVal) and item.name is not None:
                    self.attach(item.name, handler, node, scope, "addHandler", owner.loop)
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

    def detaches(self, function: FuncVal) -> bool:
        """Whether ``function`` returns the logger it sets ``propagate = False`` on
        (``logger = getLogger(name); logger.propagate = False; return logger``)."""
        key = id(function.scope)
        if key in self._detaches:
            return self._detaches[key]
        returned = {
            exit.value.id
            for exit in function.scope.exits
            if isinstance(exit, ast.Return) and isinstance(exit.value, ast.Name)
        }
        self._detaches[key] = bool(returned) and any(
            store.scope is function.scope
            and store.attr == "propagate"
            and isinstance(store.target, ast.Name)
            and store.target.id in returned
            and isinstance(store.value, ast.Constant)
            and store.value.value is False
            for store in self.facts.attr_stores
        )
        return self._detaches[key]

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
