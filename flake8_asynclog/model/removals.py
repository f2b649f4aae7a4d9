"""When a set-up's handlers stop counting: moved behind a queue, removed at teardown,
or a ``basicConfig()`` that runs after root already has a handler."""

from __future__ import annotations

import ast

from .builder import source_order
from .config_state import ConfigState, Event, encloses
from .names import QUEUE_HANDLER, QUEUE_LISTENER, runs_loop
from .scopes import AttrStore, CallSite, Scope
from .values import ClassVal, HandlerList, Imported, LoggerVal, ParamVal


class Removals(ConfigState):
    """Moves, removals and the order of set-up calls, read from the module's calls."""

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
