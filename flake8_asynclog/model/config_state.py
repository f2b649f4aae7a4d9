"""A module's logging set-up as the interpretation builds it: where each handler was
attached, and the state every part of :class:`.config.LoggingConfig` shares."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Union

from . import dictconfig
from .builder import ModuleFacts
from .configfiles import ConfigFiles
from .evaluate import Evaluator
from .project import ExternalAttachment
from .scopes import AttrStore, CallSite, Scope
from .values import HandlerVal, LoggerVal, ParamVal, Value


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


class ConfigState:
    """What the set-up has made so far, and the moves every set-up call makes."""

    facts: ModuleFacts
    evaluator: Evaluator
    files: ConfigFiles
    loggers: dict[str, LoggerState]
    history: list[Attachment]  # every attachment ever made
    configured: bool  # the module configures some handler somewhere
    root_unknown: bool  # a set-up the model cannot read may give root a handler
    dict_setups: list[DictSetup]
    unread_configs: list[CallSite]  # dictConfig(<not a literal>) calls
    movers: dict[int, set[int]]  # id(def) -> parameter indexes it moves
    queue_scopes: set[int]  # scopes that build a QueueHandler / QueueListener
    blocks: tuple[int, ...]  # blocks around the event being applied

    def state(self, name: str) -> LoggerState:
        if name not in self.loggers:
            self.loggers[name] = LoggerState()
        return self.loggers[name]

    def logger_of(self, node: ast.expr, scope: Scope) -> LoggerVal | None:
        """The logger ``node`` is; a parameter (``def _install(logger, handler)``) is what
        every caller passes."""
        value = self.evaluator.value(node, scope)
        if isinstance(value, ParamVal):
            value = self.evaluator.argument(value)
        return value if isinstance(value, LoggerVal) else None

    def move(self, name: str, event: Event) -> None:
        self.configured = True
        self.state(name).moved = True

    def attach(
        self,
        name: str,
        handler: Value,
        site: ast.AST,
        scope: Scope,
        setup: str,
        loop: ast.stmt | None = None,
        configures: bool = True,
    ) -> None:
        """``configures=False``: a library's or server's default on its own logger
        (discord's, uvicorn's), not the program's set-up: root still has no handler."""
        if configures:
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
