"""Evaluate expressions to abstract values by following names, attributes and calls."""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..catalogue import CallWith, row_for
from ..settings import Settings
from .builder import ModuleFacts, source_order
from .names import (
    ASYNCIO_QUEUES,
    BLOCKING_CALLS,
    CLIENT_IO,
    CLIENTS,
    HANDLER_KINDS,
    LOGURU_WRITES,
    LOOP_GETTERS,
    QUEUE_LISTENER,
    STREAM_WRITES,
    THREAD_QUEUES,
    handler_kind_of,
    is_network_call,
)
from .programs import relative_to
from .scopes import CallSite, ClassInfo, FunctionNode, Scope
from .values import (
    UNKNOWN,
    ClassVal,
    Const,
    EachOf,
    FuncVal,
    HandlerList,
    HandlerListMaker,
    HandlerMaker,
    HandlerVal,
    Imported,
    ListenerVal,
    ListVal,
    LoggerFactory,
    LoggerVal,
    LoopVal,
    ParamVal,
    QueueVal,
    Value,
    common_value,
)

_COPIES = frozenset({"list", "tuple", "copy.copy", "copy"})


#: Imports that are never a project module's logger or logger factory.
_STDLIB_ROOTS = ("logging", "asyncio", "queue", "threading", "concurrent", "os", "sys", "io")

#: The last part of the name of a child logger whose name is computed at run time: it
#: matches no logger of its own, so the child reaches its ancestors' handlers.
DYNAMIC_CHILD = "<dynamic>"


class Evaluator:
    """Answers "what is this expression?" for the rules, memoised per node."""

    def __init__(
        self,
        facts: ModuleFacts,
        module_name: str,
        settings: Settings,
        filename: str = "",
        exported: Callable[[str], Value | None] | None = None,
        package: str = "",
    ) -> None:
        self.facts = facts
        self.package = package  # the package relative imports start from
        self.exported = exported  # another project module's logger or logger factory
        # whether a top-level name is one of the project's own modules (a local
        # ``discord`` package is the project's code, not the library the catalogue knows)
        self.own_module: Callable[[str], bool] = lambda top: False
        # the logger the project's other modules pass for a parameter (see Model.passed_in)
        self.passed_in: Callable[[str, int, str], Value | None] | None = None
        self.filename = filename
        self.module_name = module_name
        self.settings = settings
        self._memo: dict[int, Value] = {}
        self._active: set[int] = set()
        self._class_kinds: dict[int, tuple[str, str] | None] = {}
        self._returns: dict[int, list[ast.expr]] = {}  # id(def) -> its return expressions
        self._callers: dict[int, list[CallSite]] | None = None  # id(def) -> calls by name

    # -- entry ------------------------------------------------------------
    def value(self, node: ast.AST, scope: Scope) -> Value:
        key = id(node)
        if key in self._memo:
            return self._memo[key]
        if key in self._active:
            return UNKNOWN
        self._active.add(key)
        try:
            result = self._value(node, scope)
        except RecursionError:
            result = UNKNOWN
        finally:
            self._active.discard(key)
        self._memo[key] = result
        return result

    def logger(self, node: ast.AST, scope: Scope) -> LoggerVal | None:
        value = self.value(node, scope)
        return value if isinstance(value, LoggerVal) else None

    def _value(self, node: ast.AST, scope: Scope) -> Value:
        if isinstance(node, ast.Name):
            return self.name(node.id, scope, source_order(node))
        if isinstance(node, ast.Attribute):
            return self.attribute(node, scope)
        if isinstance(node, ast.Call):
            return self.call(node, scope)
        if isinstance(node, ast.Constant):
            return Const(node.value)
        if isinstance(node, (ast.List, ast.Tuple)):
            return ListVal(tuple(self.value(elt, scope) for elt in node.elts))
        if isinstance(node, ast.Subscript):
            base = self.value(node.value, scope)
            return base if isinstance(base, HandlerList) else self.item_of(node, scope)
        if isinstance(node, (ast.ListComp, ast.GeneratorExp)) and len(node.generators) == 1:
            inner_scope = self.facts.scope_of.get(id(node), scope)
            iterated = self.value(node.generators[0].iter, inner_scope)
            return iterated if isinstance(iterated, HandlerList) else UNKNOWN
        if isinstance(node, (ast.For, ast.AsyncFor)):
            iterated = self.value(node.iter, scope)
            if isinstance(iterated, ListVal) and iterated.items:
                return EachOf(iterated.items, node)
            return iterated if isinstance(iterated, HandlerList) else UNKNOWN
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inner = self.facts.scope_of.get(id(node))
            return FuncVal(node, inner) if inner is not None else UNKNOWN
        if isinstance(node, ast.ClassDef):
            info = self.facts.classes.get(node.name)
            return ClassVal(info) if info is not None and info.node is node else UNKNOWN
        return UNKNOWN

    def item_of(self, node: ast.Subscript, scope: Scope) -> Value:
        """``items[0]`` of a list or tuple value (what ``a, b = make_handlers()`` binds),
        or ``table[key]`` of a dict literal with literal keys, bound once (``HANDLERS =
        {"file": FileHandler(...)}``): the value of a literal ``key``, or each value for
        the variable of a loop over literal keys (``for key in ("file", "console")``)."""
        position = node.slice
        if isinstance(position, ast.Constant) and isinstance(position.value, int):  # a, b = f()
            listed = self.value(node.value, scope)
            if isinstance(listed, ListVal) and -len(listed.items) <= position.value < len(
                listed.items
            ):
                return listed.items[position.value]
        table = scope.binding(node.value.id) if isinstance(node.value, ast.Name) else None
        if not isinstance(table, ast.Dict) or None in table.keys:
            return UNKNOWN
        values: dict[object, ast.expr] = {}
        for key, value in zip(table.keys, table.values):
            if not isinstance(key, ast.Constant):
                return UNKNOWN
            values[key.value] = value
        index = self.value(node.slice, scope)
        if isinstance(index, Const) and index.value in values:
            return self.value(values[index.value], scope)
        if isinstance(index, EachOf) and all(
            isinstance(item, Const) and item.value in values for item in index.items
        ):
            items = [values[item.value] for item in index.items if isinstance(item, Const)]
            return EachOf(tuple(self.value(item, scope) for item in items), index.loop)
        return UNKNOWN

    # -- names ------------------------------------------------------------
    def name(self, name: str, scope: Scope, use: int) -> Value:
        current: Scope | None = scope
        first = True
        while current is not None:
            if current.kind == "class" and not first:
                current = current.parent
                continue
            if name in current.globals:
                current = self.facts.module
            bindings = current.assigns.get(name)
            if bindings:
                if current is scope:
                    prior = [b for b in bindings if b[0] < use]
                    chosen = prior[-1] if prior else bindings[-1]
                    return self.binding(name, chosen[1], current)
                return common_value([self.binding(name, b[1], current) for b in bindings])
            first = False
            current = current.parent
        qual = self.facts.imports.names.get(name)
        if qual is None:
            return UNKNOWN
        value = self.from_project(qual)
        return value if value is not None else Imported(qual)

    def from_project(self, qual: str) -> Value | None:
        """What another project module defines under the imported name ``qual`` (a
        logger, a logger factory, a handler maker, its re-export of ``logging``)."""
        if self.exported is None or qual.split(".", 1)[0] in _STDLIB_ROOTS:
            return None
        return self.exported(self.absolute(qual))

    def third_party(self, qual: str) -> bool:
        """Whether ``qual`` names a library's object, not one of the project's modules."""
        return not self.own_module(qual.split(".", 1)[0])

    def absolute(self, qual: str) -> str:
        """``.log.get_logger`` in ``app.api.routes`` is ``app.api.log.get_logger``."""
        if not qual.startswith("."):
            return qual
        name = qual.lstrip(".")
        return relative_to(self.package, len(qual) - len(name), name) or name

    def binding(self, name: str, value: ast.AST, scope: Scope) -> Value:
        if isinstance(value, ast.arguments):
            func = scope.node
            if name not in scope.params:
                return UNKNOWN
            annotated = self.annotated_handler(value, name, scope)
            if isinstance(annotated, HandlerVal) and annotated.kind in ("base", "unknown"):
                annotated = None  # handler: logging.Handler says nothing: ask the callers
            return annotated or ParamVal(func, scope.params.index(name))
        if isinstance(value, (ast.For, ast.AsyncFor)) and isinstance(value.target, ast.Tuple):
            return self.unpacked(name, value, scope)
        return self.value(value, scope)

    def unpacked(self, name: str, loop: ast.For | ast.AsyncFor, scope: Scope) -> Value:
        """``name`` of ``for name, level in (("app.log", INFO), ...)``: each item's part."""
        assert isinstance(loop.target, ast.Tuple)
        names = [elt.id if isinstance(elt, ast.Name) else None for elt in loop.target.elts]
        each = self.value(loop, scope)
        if name not in names or not isinstance(each, EachOf):
            return UNKNOWN
        position, parts = names.index(name), []
        for item in each.items:
            if not isinstance(item, ListVal) or len(item.items) != len(names):
                return UNKNOWN
            parts.append(item.items[position])
        return EachOf(tuple(parts), each.loop)

    def argument(self, param: ParamVal) -> Value:
        """What the calls of the parameter's function in this module pass for it, when they
        all pass the same (``log_job(log)``); unknown for methods and functions called nowhere."""
        func = param.func
        scope = self.facts.scope_of.get(id(func))
        if scope is None or scope.klass is not None or isinstance(func, ast.Lambda):
            return UNKNOWN
        assert isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
        positional = len(func.args.posonlyargs) + len(func.args.args)
        name = scope.params[param.index]
        values: list[Value] = []
        for site in self.callers(func):
            call = site.node
            passed = next((k.value for k in call.keywords if k.arg == name), None)
            if passed is None and param.index < positional and param.index < len(call.args):
                passed = call.args[param.index]
            starred = any(isinstance(a, ast.Starred) for a in call.args[: param.index + 1])
            if passed is None or starred or any(k.arg is None for k in call.keywords):
                return UNKNOWN
            values.append(self.value(passed, site.scope))
        if not values and self.passed_in is not None and scope.parent is self.facts.module:
            given = self.passed_in(f"{self.module_name}.{func.name}", param.index, name)
            return given if given is not None else UNKNOWN
        return common_value(values) if values else UNKNOWN

    def callers(self, func: FunctionNode) -> list[CallSite]:
        """The calls of ``func`` by its name in this module (found once)."""
        if self._callers is None:
            self._callers = {}
            names = {f.name for f, _ in self.facts.functions}
            for site in self.facts.calls:
                callee = site.node.func
                if isinstance(callee, ast.Name) and callee.id in names:
                    value = self.value(callee, site.scope)
                    if isinstance(value, FuncVal):
                        self._callers.setdefault(id(value.node), []).append(site)
        return self._callers.get(id(func), [])

    def annotated_handler(self, args: ast.arguments, name: str, scope: Scope) -> Value | None:
        """A parameter annotated with a stdlib handler class (``handler: FileHandler``)."""
        every = (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg)
        arg = next((a for a in every if a is not None and a.arg == name), None)
        if arg is None or arg.annotation is None or arg is args.vararg or arg is args.kwarg:
            return None
        annotation = arg.annotation
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            return None  # a string annotation: not resolved
        parent = scope.parent or scope
        qual = self.value(annotation, parent)
        kind = self.handler_kind(qual.name) if isinstance(qual, Imported) else None
        if kind is None or not isinstance(qual, Imported):
            return None
        return HandlerVal(kind, qual.name.rsplit(".", 1)[-1], annotation)

    def attribute(self, node: ast.Attribute, scope: Scope) -> Value:
        base = self.value(node.value, scope)
        if isinstance(base, Imported):
            qual = f"{base.name}.{node.attr}"
            if qual == "logging.root":
                return LoggerVal("")
            value = self.from_project(qual)  # import bot; bot.LOGGER
            if value is not None:
                return value
            from .names import canonical

            return Imported(canonical(qual))
        if isinstance(base, (LoggerVal, ParamVal)) and node.attr == "handlers":
            return HandlerList(base)
        if isinstance(base, LoggerVal) and node.attr in ("root", "parent") and base.name == "":
            return base
        if isinstance(node.value, ast.Name):
            klass = self.class_of_self(node.value.id, scope)
            if klass is not None:
                return self.class_attr(klass, node.attr)
        if isinstance(base, ClassVal):
            return self.class_attr(base.info, node.attr)
        return UNKNOWN

    def class_of_self(self, name: str, scope: Scope) -> ClassInfo | None:
        func = scope.function
        while func is not None:
            if func.klass is not None and func.params and func.params[0] == name:
                return func.klass
            parent = func.parent
            func = parent.function if parent is not None else None
        return None

    def class_attr(self, info: ClassInfo, attr: str) -> Value:
        bindings = info.attrs.get(attr)
        if bindings:
            value = common_value([self.value(value, scope) for _, value, scope in bindings])
            if isinstance(value, FuncVal) and any(
                is_property(d) for d in value.node.decorator_list
            ):
                return self.returned(value)  # self.logger, a property returning getLogger()
            return value
        method = info.methods.get(attr)
        if method is not None:
            inner = self.facts.scope_of.get(id(method))
            return FuncVal(method, inner) if inner is not None else UNKNOWN
        for base in info.bases:
            base_val = self.value(base, info.scope.parent or self.facts.module)
            if isinstance(base_val, ClassVal) and base_val.info is not info:
                return self.class_attr(base_val.info, attr)
            if isinstance(base_val, Imported):  # a mixin of another module of the project
                found = self.from_project(f"{base_val.name}.{attr}")
                if isinstance(found, LoggerVal):
                    return found
        return UNKNOWN

    # -- calls ------------------------------------------------------------
    def call(self, node: ast.Call, scope: Scope) -> Value:
        func = self.value(node.func, scope)
        if isinstance(func, Imported):
            return self.stdlib_call(func.name, node, scope)
        if isinstance(func, ClassVal):
            return self.instance(func.info, node, scope)
        if isinstance(func, FuncVal):
            returned = self.returned(func)
            if isinstance(returned, LoggerVal) and returned.name is None:
                param = self.logger_param(func)  # def get_logger(name): getLogger(name)
                if param is not None:
                    return self.passed_logger(param, node, scope)
            return returned
        if isinstance(func, HandlerMaker):
            return HandlerVal(func.kind, func.label, node)
        if isinstance(func, HandlerListMaker):  # for h in build_handlers(): addHandler(h)
            return ListVal(tuple(HandlerVal(kind, label, node) for kind, label in func.items))
        if isinstance(func, LoggerFactory):
            if func.param is not None:
                return self.passed_logger(func.param, node, scope)
            return LoggerVal(func.name)
        if isinstance(node.func, ast.Attribute):
            owner = self.value(node.func.value, scope)
            if isinstance(owner, LoggerVal) and node.func.attr == "getChild" and node.args:
                suffix = self.string(node.args[0], scope)
                if owner.name is None:
                    return LoggerVal(None)
                if suffix is None:  # getChild(f"shard{n}"): some child, below the parent
                    suffix = DYNAMIC_CHILD
                return LoggerVal(f"{owner.name}.{suffix}" if owner.name else suffix)
            if isinstance(owner, HandlerList) and node.func.attr == "copy":
                return owner
        if isinstance(node.func, ast.Name) and node.func.id in _COPIES and len(node.args) == 1:
            inner = self.value(node.args[0], scope)
            if isinstance(inner, HandlerList):
                return inner
        return UNKNOWN

    def stdlib_call(self, qual: str, node: ast.Call, scope: Scope) -> Value:
        if qual == "logging.getLogger":
            each = self.value(node.args[0], scope) if len(node.args) == 1 else None
            if isinstance(each, EachOf) and all(
                isinstance(i, Const) and isinstance(i.value, str) for i in each.items
            ):  # for name in ("app", "app.db"): getLogger(name)
                names = [i.value for i in each.items if isinstance(i, Const)]
                return EachOf(tuple(LoggerVal(str(n)) for n in names), each.loop)
            return LoggerVal(self.logger_name(node, scope))
        if qual == "logging.LoggerAdapter" and node.args:
            return self.value(node.args[0], scope)
        kind = self.handler_kind(qual)
        if kind is not None:
            return HandlerVal(self.switched(qual, kind, node, scope), qual.rsplit(".", 1)[-1], node)
        if qual == QUEUE_LISTENER:
            return ListenerVal(node)
        if qual in THREAD_QUEUES or qual in ASYNCIO_QUEUES:
            kind = "asyncio" if qual in ASYNCIO_QUEUES else "thread"
            return QueueVal(kind, qual, self.bounded(node, scope), node)
        if qual in LOOP_GETTERS:
            return LoopVal()
        if qual in _COPIES and len(node.args) == 1:
            inner = self.value(node.args[0], scope)
            return inner if isinstance(inner, HandlerList) else UNKNOWN
        return UNKNOWN

    def handler_kind(self, qual: str) -> str | None:
        if qual in self.settings.nonblocking_handlers:
            return "null"
        if qual in self.settings.blocking_handlers:
            return "custom"
        kind = handler_kind_of(qual)
        return None if kind == "base" else kind

    def switched(self, qual: str, kind: str, node: ast.Call, scope: Scope) -> str:
        """The kind a catalogued handler gets from its constructor's arguments
        (``CloudWatchLogHandler(use_queues=False)`` sends on the caller)."""
        row = row_for(qual)
        if row is None or not row.switches or qual in self.settings.nonblocking_handlers:
            return kind
        for keyword in node.keywords:
            for switch in row.switches:
                if keyword.arg == switch.argument and self.means(
                    keyword.value, switch.value, scope
                ):
                    return switch.kind
        return kind

    def means(self, node: ast.expr, wanted: object, scope: Scope) -> bool:
        """Whether an argument is the literal ``wanted``, names a class or function of
        that name (``transport=SyncTransport``), or is the call ``wanted`` describes."""
        if isinstance(wanted, CallWith):
            call = self.bound_call(node, scope)
            if call is None or self.facts.imports.qualname(call.func) != wanted.function:
                return False
            given = next((kw.value for kw in call.keywords if kw.arg == wanted.keyword), None)
            streams = ("sys.stdout", "sys.stderr")
            return given is not None and self.facts.imports.qualname(given) not in streams
        if isinstance(wanted, str):
            value = self.value(node, scope)
            if isinstance(value, Imported):
                return value.name.rsplit(".", 1)[-1] == wanted
            return isinstance(value, Const) and value.value == wanted
        value = self.value(node, scope)
        return (
            isinstance(value, Const) and type(value.value) is type(wanted) and value.value == wanted
        )

    def bounded(self, node: ast.Call, scope: Scope) -> bool:
        size: ast.expr | None = node.args[0] if node.args else None
        for kw in node.keywords:
            if kw.arg == "maxsize":
                size = kw.value
        if size is None:
            return False
        value = self.value(size, scope)
        return isinstance(value, Const) and isinstance(value.value, int) and value.value > 0

    def returned(self, func: FuncVal) -> Value:
        key = id(func.node)
        exprs = self._returns.get(key)
        if exprs is None:  # a helper is often called many times: find its returns once
            exprs = self._returns[key] = [
                stmt.value
                for stmt in func.scope.exits
                if isinstance(stmt, ast.Return) and stmt.value is not None
            ]
        values = [self.value(expr, func.scope) for expr in exprs]
        return common_value(values) if values else UNKNOWN

    def logger_param(self, func: FuncVal) -> int | None:
        """The parameter whose value every ``return getLogger(<it>)`` of ``func`` names."""
        found: set[int] = set()
        for stmt in func.scope.exits:
            value: ast.AST | None = stmt.value if isinstance(stmt, ast.Return) else None
            if isinstance(value, ast.Name):  # log = getLogger(name); ...; return log
                bound = func.scope.assigns.get(value.id, [])
                value = bound[0][1] if len(bound) == 1 else None
            if not (isinstance(value, ast.Call) and len(value.args) == 1):
                return None
            arg = value.args[0]
            callee = self.value(value.func, func.scope)
            if not (isinstance(callee, Imported) and callee.name == "logging.getLogger"):
                return None
            if not (isinstance(arg, ast.Name) and arg.id in func.scope.params):
                return None
            found.add(func.scope.params.index(arg.id))
        return found.pop() if len(found) == 1 else None

    def passed_logger(self, index: int, call: ast.Call, scope: Scope) -> LoggerVal:
        """The logger ``getLogger(<argument index of call>)`` gives."""
        if index >= len(call.args) or isinstance(call.args[index], ast.Starred):
            return LoggerVal(None)
        fake = ast.Call(func=call.func, args=[call.args[index]], keywords=[])
        return LoggerVal(self.logger_name(fake, scope))

    def instance(self, info: ClassInfo, node: ast.Call, scope: Scope) -> Value:
        handler = self.class_kind(info)
        if handler is not None:
            kind, label = handler
            return HandlerVal(kind, label, node)
        base = self.base_qual(info)
        if base == QUEUE_LISTENER:
            return ListenerVal(node)
        if base == "logging.LoggerAdapter" and node.args:
            return self.value(node.args[0], scope)
        return UNKNOWN

    def base_qual(self, info: ClassInfo, depth: int = 0) -> str | None:
        """The stdlib class a local class derives from, if any."""
        for base in info.bases:
            value = self.value(base, info.scope.parent or self.facts.module)
            if isinstance(value, Imported):
                return value.name
            if isinstance(value, ClassVal) and value.info is not info and depth < 20:
                found = self.base_qual(value.info, depth + 1)
                if found is not None:
                    return found
        return None

    def class_kind(self, info: ClassInfo) -> tuple[str, str] | None:
        """``(kind, label)`` when ``info`` is a handler class; ``None`` otherwise."""
        key = id(info)
        if key not in self._class_kinds:
            self._class_kinds[key] = None
            self._class_kinds[key] = self._class_kind(info)
        return self._class_kinds[key]

    def _class_kind(self, info: ClassInfo) -> tuple[str, str] | None:
        base_kind = self.local_base_kind(info)
        if base_kind is None:
            base = self.base_qual(info)
            if base is None or (base not in HANDLER_KINDS and not self.handler_kind(base)):
                return None
            base_kind = self.handler_kind(base) or "unknown"
        if base_kind == "queue":
            return ("queue", info.name)
        emit = info.methods.get("emit")
        if emit is None:
            return (base_kind, info.name)
        scope = self.facts.scope_of[id(emit)]
        if self.blocking_calls(scope):
            return ("custom", info.name)
        if any(is_emit_call(site.node) for site in scope.calls):
            return (base_kind, info.name)
        if self.stream_writes(scope):
            return ("stream", info.name)
        if any(
            self.facts.imports.qualname(site.node.func) in LOGURU_WRITES for site in scope.calls
        ):
            return ("loguru", info.name)  # the InterceptHandler recipe: see loguru_kind
        return ("unknown", info.name)

    def loguru_kind(self) -> str:
        """What loguru's sinks added in this module do on the caller (see
        :func:`.loguru.strongest`); they are the process's, added where the set-up is."""
        from . import loguru

        return loguru.strongest(loguru.sinks_of(self))

    def local_base_kind(self, info: ClassInfo) -> str | None:
        """The kind a handler class inherits from a handler class of this module."""
        for base in info.bases:
            value = self.value(base, info.scope.parent or self.facts.module)
            if isinstance(value, ClassVal) and value.info is not info:
                inherited = self.class_kind(value.info)
                if inherited is not None:
                    return inherited[0]
        return None

    def bound_call(self, node: ast.expr, scope: Scope) -> ast.Call | None:
        """``node`` as a call: itself, or the call a name bound once stands for."""
        value = scope.binding(node.id) if isinstance(node, ast.Name) else node
        return value if isinstance(value, ast.Call) else None

    def stream_writes(self, scope: Scope) -> bool:
        """Whether a function's own code prints or writes a standard stream."""
        return any(
            self.facts.imports.qualname(site.node.func) in STREAM_WRITES for site in scope.calls
        )

    def blocking_calls(self, scope: Scope) -> list[tuple[ast.Call, str]]:
        """Calls in a function's own code that block the calling thread."""
        found = []
        for site in scope.calls:
            qual = self.facts.imports.qualname(site.node.func)
            if qual is None:
                qual = self.client_call(site.node, scope)
            if qual is not None and (qual in BLOCKING_CALLS or is_network_call(qual)):
                found.append((site.node, qual))
        return found

    def client_call(self, call: ast.Call, scope: Scope) -> str | None:
        """``self.sock.sendto(...)`` / ``session.post(...)``: an I/O method of an object
        made by a blocking client's constructor (``socket.socket()``, ``requests.Session()``,
        ``open()``), bound once to ``self.X`` in the class or to a name: ``"open"`` for a
        file, else the constructor's name plus the method."""
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr not in CLIENT_IO:
            return None
        owner, made = func.value, None
        if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name):
            klass = self.class_of_self(owner.value.id, scope)
            bindings = klass.attrs.get(owner.attr) if klass is not None else None
            made = bindings[0][1] if bindings and len(bindings) == 1 else None
        elif isinstance(owner, ast.Name):
            made = scope.binding(owner.id)
        if not isinstance(made, ast.Call):
            return None
        maker = self.facts.imports.qualname(made.func)
        if maker not in CLIENTS:
            return None
        return "open" if maker in ("open", "io.open") else f"{maker}.{func.attr}"

    # -- literals ---------------------------------------------------------
    def string(self, node: ast.AST, scope: Scope) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and node.id == "__name__":
            return self.module_name
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.string(node.left, scope), self.string(node.right, scope)
            return left + right if left is not None and right is not None else None
        if isinstance(node, ast.Name):
            value = self.value(node, scope)
            if isinstance(value, Const) and isinstance(value.value, str):
                return value.value
        if isinstance(node, ast.JoinedStr):  # f"{__name__}.db"
            parts = [self.string(part, scope) for part in interpolated(node)]
            return "".join(p for p in parts if p is not None) if None not in parts else None
        return None

    def known_start(self, node: ast.expr, scope: Scope) -> str:
        """How a string computed at run time starts, as far as the code fixes it."""
        if isinstance(node, ast.JoinedStr):  # f"worker.{n}"
            start = ""
            for part in interpolated(node):
                known = self.string(part, scope)
                if known is None:
                    break
                start += known
            return start
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            left = self.string(node.left, scope)
            if left is None:
                return self.known_start(node.left, scope)
            if isinstance(node.op, ast.Mod):  # "worker.%d" % n
                return left.split("%", 1)[0]
            return left + self.known_start(node.right, scope)  # "worker." + name
        func = node.func if isinstance(node, ast.Call) else None
        if isinstance(func, ast.Attribute) and func.attr == "format":  # "worker.{}".format(n)
            template = func.value
            if isinstance(template, ast.Constant) and isinstance(template.value, str):
                return template.value.split("{", 1)[0]
        return ""

    def logger_name(self, node: ast.Call, scope: Scope) -> str | None:
        arg: ast.expr | None = node.args[0] if node.args else None
        for kw in node.keywords:
            if kw.arg == "name":
                arg = kw.value
        if arg is None or (isinstance(arg, ast.Constant) and arg.value is None):
            return ""
        name = self.string(arg, scope)
        if name == "root":
            return ""
        if name is None:  # computed: some logger below the parent its known start names
            start = self.known_start(arg, scope)
            if "." in start:
                return f"{start.rsplit('.', 1)[0]}.{DYNAMIC_CHILD}"
            return DYNAMIC_CHILD if start else None
        return name


def is_property(decorator: ast.expr) -> bool:
    name = decorator.attr if isinstance(decorator, ast.Attribute) else getattr(decorator, "id", "")
    return name in ("property", "cached_property")


def interpolated(node: ast.JoinedStr) -> list[ast.expr]:
    """An f-string's parts: its literal pieces, and the plainly interpolated expressions
    (no conversion, no format spec) in their place; anything else stays as is (unknown)."""
    return [
        part.value
        if isinstance(part, ast.FormattedValue) and part.conversion == -1 and not part.format_spec
        else part
        for part in node.values
    ]


def is_emit_call(call: ast.Call) -> bool:
    """``<something>.emit(...)``: an ``emit()`` that hands the record on (``super().emit``)."""
    return isinstance(call.func, ast.Attribute) and call.func.attr == "emit"
