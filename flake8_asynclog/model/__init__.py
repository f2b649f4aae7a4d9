"""The semantic model of one module: built once, read by every rule."""

from __future__ import annotations

import ast
import os
from collections.abc import Callable
from dataclasses import dataclass

from ..settings import Settings
from . import programs, project, scan
from .builder import ModuleFacts, collect
from .config import LoggingConfig
from .evaluate import Evaluator
from .names import LOG_METHODS, LOOP_RUNNERS, runs_loop
from .programs import module_name_for
from .project import ModuleSummary
from .scopes import CallSite, FunctionNode, Scope
from .starters import StarterIndex
from .values import FuncVal, Imported, LoggerVal, ParamVal, Value

__all__ = ["LogCall", "Model", "build", "module_name_for"]


@dataclass(eq=False)
class LogCall:
    """A stdlib logging call: ``logger.info(...)`` or a root convenience ``logging.info(...)``."""

    site: CallSite
    logger: LoggerVal
    method: str
    convenience: bool

    @property
    def shown(self) -> str:
        func = self.site.node.func
        if isinstance(func, ast.Attribute):
            base = func.value
            owner = ast.unparse(base) if not isinstance(base, ast.Call) else "logger"
            if len(owner) > 30:
                owner = "logger"
            return f"{owner}.{self.method}()"
        return f"{func.id}()" if isinstance(func, ast.Name) else f"{self.method}()"


class Model:
    """Facts, evaluator and logging configuration of one module."""

    def __init__(
        self,
        facts: ModuleFacts,
        module_name: str,
        settings: Settings,
        filename: str = "",
        exported: Callable[[str], Value | None] | None = None,
        own_module: Callable[[str], bool] | None = None,
    ) -> None:
        self.settings = settings
        self.module_name = module_name
        self.facts = facts
        # (function, parameter) -> the loggers other modules pass (see passed_in)
        self._passed: dict[tuple[str, str], set[str]] | None = None
        self.evaluator = Evaluator(
            self.facts,
            module_name,
            settings,
            filename,
            exported=exported or (self.exported if settings.project_scan else None),
            package=package_of(filename),
        )
        if settings.project_scan:
            self.evaluator.own_module = self.own_module
            self.evaluator.passed_in = self.passed_in
        elif own_module is not None:  # the project index summarising a module
            self.evaluator.own_module = own_module
        self.config = LoggingConfig(
            self.facts,
            self.evaluator,
            lambda: self.project_modules(filename),
            lambda: self.project_modules(filename, everything=True),
        )
        self.config.local_is_entry = lambda: self.entry_runs_coroutines
        self.config.entry_imports = self.entry_imports
        self.config.in_own_guard = self.in_main_guard
        self.log_calls: list[LogCall] = []
        self._starters: StarterIndex | None = None
        self.runs_loop = False
        self.loop_entries: set[str] = set()  # coroutine names handed to asyncio.run & co.
        for site in self.facts.calls:
            self.read_call(site)

    def read_call(self, site: CallSite) -> None:
        node = site.node
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in LOG_METHODS:
            owner = self.evaluator.value(func.value, site.scope)
            if isinstance(owner, ParamVal):  # a logger handed in: what the callers pass
                owner = self.evaluator.argument(owner)
            if isinstance(owner, LoggerVal):
                self.log_calls.append(LogCall(site, owner, func.attr, False))
                return
            if isinstance(owner, Imported) and owner.name == "logging":
                self.log_calls.append(LogCall(site, LoggerVal(""), func.attr, True))
                return
        if isinstance(func, ast.Name) and func.id in self.facts.imports.names:
            # `from logging import info as log_info`
            callee = self.evaluator.value(func, site.scope)
            if isinstance(callee, Imported) and callee.name.startswith("logging."):
                method = callee.name[len("logging.") :]
                if method in LOG_METHODS:
                    self.log_calls.append(LogCall(site, LoggerVal(""), method, True))
                    return
        runner = self.evaluator.value(func, site.scope)
        if runs_loop(node) or (isinstance(runner, Imported) and runner.name in LOOP_RUNNERS):
            self.runs_loop = True
            if node.args and isinstance(node.args[0], ast.Call):
                entry = node.args[0].func
                if isinstance(entry, (ast.Name, ast.Attribute)):
                    self.loop_entries.add(entry.id if isinstance(entry, ast.Name) else entry.attr)

    @property
    def project_index(self) -> project.ProjectIndex | None:
        """The index of the project this module belongs to (``None``: single-file mode)."""
        return scan.index_for(self.evaluator.filename, self.settings)

    def own_module(self, top: str) -> bool:
        """Whether the project has a module or package named ``top``."""
        index = self.project_index
        return index is not None and index.graph is not None and top in index.graph.by_name

    def passed_in(self, function: str, index: int, name: str) -> Value | None:
        """The logger every call of ``function`` (this module's, by its absolute name) in
        the project's other modules passes for its parameter ``index`` / ``name``."""
        if self._passed is None:  # read the other modules once per model
            self._passed = {}
            for summary in self.project_modules(self.evaluator.filename, everything=True):
                for callee, key, logger in summary.logger_args:
                    self._passed.setdefault((callee, key), set()).add(logger)
        names = self._passed.get((function, str(index)), set())
        names = names | self._passed.get((function, name), set())
        return LoggerVal(next(iter(names))) if len(names) == 1 else None

    def exported(self, qual: str) -> Value | None:
        """Another project module's logger or logger factory, by dotted name."""
        index = self.project_index
        return index.exported(qual) if index is not None else None

    @property
    def starters(self) -> StarterIndex:
        """Which calls run a logger starter coroutine (found once per model)."""
        if self._starters is None:
            self._starters = StarterIndex(self)
        return self._starters

    @property
    def program_status(self) -> str:
        """``running`` / ``idle`` / ``unknown``: does this module run in a program of the
        project that runs coroutines (``idle``: no, so its own set-ups reach no
        coroutine)?"""
        index = self.project_index
        return index.status(self.evaluator.filename) if index is not None else "unknown"

    @property
    def entry_runs_coroutines(self) -> bool:
        """Whether the program this module is the entry of runs coroutines (what its
        ``if __name__ == "__main__":`` set-ups need to reach its coroutines); unknown
        counts as yes."""
        index = self.project_index
        path = os.path.realpath(self.evaluator.filename)
        if index is None or index.graph is None or path not in index.graph.nodes:
            return True
        return bool(index.graph.own_program(path)) or self.runs_loop

    def entry_imports(self, function: str) -> bool:
        """Whether the entry of a program this module runs in imports ``function`` from
        it (``from app.logs import configure``), so it runs the set-up that one makes."""
        index = self.project_index
        if not function or index is None or index.graph is None:
            return False
        path = os.path.realpath(self.evaluator.filename)
        graph = index.graph
        return any(function in graph.imported_by_entry(p, path) for p in graph.programs_with(path))

    def project_modules(self, filename: str, everything: bool = False) -> list[ModuleSummary]:
        """The other modules of the project (nothing in single-file mode); ``everything``
        adds the modules that only log from coroutines, read the first time it is asked."""
        index = scan.index_for(filename, self.settings)
        if index is None:
            return []
        if everything:
            index.read_pending()
        return index.others(filename)

    # -- questions the rules ask ------------------------------------------
    @property
    def is_asyncio_program(self) -> bool:
        return self.facts.has_coroutines or self.facts.imports.imports_asyncio

    def function(self, scope: Scope) -> Scope | None:
        return scope.function

    def is_main_coroutine(self, scope: Scope) -> bool:
        return scope.is_async and (scope.name == "main" or scope.name in self.loop_entries)

    def callee_def(self, call: ast.Call, scope: Scope) -> FuncVal | None:
        value = self.evaluator.value(call.func, scope)
        return value if isinstance(value, FuncVal) else None

    def functions(self) -> list[tuple[FunctionNode, Scope]]:
        return self.facts.functions

    def in_main_guard(self, node: object, guards: list[tuple[int, int]] | None = None) -> bool:
        """Whether ``node`` stands in one of ``guards`` (default: the module's main-guard
        blocks, :meth:`main_guard_lines`)."""
        line = int(getattr(node, "lineno", 0))
        ranges = self.main_guard_lines() if guards is None else guards
        return any(start <= line <= end for start, end in ranges)

    def main_guard_lines(self) -> list[tuple[int, int]]:
        """The lines of the module's ``if __name__ == "__main__":`` blocks."""
        return [
            (s.lineno, s.end_lineno or s.lineno)
            for s in self.facts.tree.body
            if isinstance(s, ast.If) and is_main_guard(s.test)
        ]


def package_of(filename: str) -> str:
    """The package relative imports in ``filename`` start from."""
    name = module_name_for(filename)
    return "" if name == "__main__" else programs.package_of(filename, name)


def build(
    tree: ast.Module,
    filename: str,
    settings: Settings,
    exported: Callable[[str], Value | None] | None = None,
    own_module: Callable[[str], bool] | None = None,
) -> Model:
    """The model of one module; ``exported`` finds the loggers other modules define and
    ``own_module`` tells the project's modules from libraries (the project index's,
    when it summarises a module)."""
    facts = collect(tree)
    name = run_name(facts, module_name_for(filename))
    return Model(facts, name, settings, filename, exported, own_module)


def run_name(facts: ModuleFacts, module_name: str) -> str:
    """``__name__`` as the module runs: ``"__main__"`` for a script outside any package
    that runs an event loop and has an ``if __name__ == "__main__":`` block (``python
    worker.py``), else its dotted name (a helper module with a self-test block is imported)."""
    if "." in module_name:
        return module_name
    guarded = any(isinstance(s, ast.If) and is_main_guard(s.test) for s in facts.tree.body)
    return "__main__" if guarded and any(runs_loop(s.node) for s in facts.calls) else module_name


def is_main_guard(test: ast.expr) -> bool:
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    mains = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return isinstance(test.ops[0], ast.Eq) and len(names) == 1 and len(mains) == 1
