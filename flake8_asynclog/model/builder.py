"""The single walk over a module's tree that records everything the rules read."""

from __future__ import annotations

import ast
from typing import Any, Callable

from .names import ImportMap
from .scopes import AttrStore, CallSite, ClassInfo, FunctionNode, Scope


def source_order(node: ast.AST, end: bool = False) -> int:
    """A sortable source position of ``node`` (its start, or its end)."""
    if end:
        line = getattr(node, "end_lineno", None) or getattr(node, "lineno", 0)
        col = getattr(node, "end_col_offset", None) or 0
    else:
        line, col = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
    return (int(line or 0) << 20) | int(col or 0)


def within(node: ast.AST, *span: ast.AST) -> bool:
    """Whether ``node`` lies in the source from the start of ``span[0]`` to the end of
    ``span[-1]`` (a statement, or a list of them)."""
    return (
        bool(span)
        and source_order(span[0]) <= source_order(node)
        and source_order(node, end=True) <= source_order(span[-1], True)
    )

    # -- bindings ---------------------------------------------------------


# Nodes that hold a statement list of their own (``match_case`` exists from 3.10 on).
_BLOCK_HOLDERS: tuple[type, ...] = (
    ast.stmt,
    ast.excepthandler,
    *((ast.match_case,) if hasattr(ast, "match_case") else ()),
)
# Nodes with nothing below them the walk records: names, literals, contexts, operators.
_LEAVES: frozenset[type] = frozenset(
    {ast.Name, ast.Constant, *ast.expr_context.__subclasses__(), *ast.operator.__subclasses__()}
    | set(ast.unaryop.__subclasses__())
    | set(ast.cmpop.__subclasses__())
    | set(ast.boolop.__subclasses__())
)


class ModuleFacts:
    """The raw facts of one module, in source order."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.imports = ImportMap()
        self.module = Scope("module", tree, None)
        self.calls: list[CallSite] = []
        self.attr_stores: list[AttrStore] = []
        self.escapes: list[tuple[ast.expr, Scope]] = []  # returned / stored elsewhere
        self.with_items: list[tuple[ast.expr, Scope]] = []
        self.classes: dict[str, ClassInfo] = {}
        self.functions: list[tuple[FunctionNode, Scope]] = []  # (def, its own scope)
        self.blocks: list[list[ast.stmt]] = []  # every statement list, in walk order
        self.scope_of: dict[int, Scope] = {}  # id(def node) -> its scope
        self.has_coroutines = False


class _Walker:
    """One recursive pass; dispatches on node type, descends into everything else."""

    def __init__(self, facts: ModuleFacts) -> None:
        self.facts = facts
        self.scope = facts.module
        self.coroutine = False  # directly inside an async def body
        self.stmt: ast.stmt | None = None
        self.blocks: tuple[int, ...] = ()
        self.header = False  # in a nested def's decorators, defaults, annotations
        self.dispatch: dict[type, Callable[[ast.AST], None]] = {
            ast.Import: self.visit_import,
            ast.ImportFrom: self.visit_import,
            ast.FunctionDef: self.visit_function,
            ast.AsyncFunctionDef: self.visit_function,
            ast.Lambda: self.visit_lambda,
            ast.ClassDef: self.visit_class,
            ast.Assign: self.visit_assign,
            ast.AnnAssign: self.visit_annassign,
            ast.AugAssign: self.visit_augassign,
            ast.NamedExpr: self.visit_namedexpr,
            ast.For: self.visit_for,
            ast.AsyncFor: self.visit_for,
            ast.With: self.visit_with,
            ast.AsyncWith: self.visit_with,
            ast.Global: self.visit_global,
            ast.Call: self.visit_call,
            ast.Await: self.visit_await,
            ast.Return: self.visit_return,
            ast.Yield: self.visit_return,
            ast.Try: self.visit_try,
            ast.Raise: self.visit_raise,
            ast.Break: self.visit_exit,
            ast.Continue: self.visit_exit,
        }

    def visit(self, node: ast.AST) -> None:
        if type(node) is ast.Name:  # visited on its own: a for loop's iterable, a with item
            self.scope.names.append(node)
            return
        handler = self.dispatch.get(type(node))
        if handler is not None:
            handler(node)
        else:
            self.generic(node)

    def generic(self, node: ast.AST) -> None:
        statement = isinstance(node, _BLOCK_HOLDERS)
        saved = self.stmt
        if isinstance(node, ast.stmt):
            self.stmt = node
        names = self.scope.names
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                if statement and value and isinstance(value[0], (ast.stmt, ast.excepthandler)):
                    self.block(value)
                    continue
                for item in value:
                    kind = type(item)
                    if kind is ast.Name:
                        names.append(item)
                    elif kind not in _LEAVES and isinstance(item, ast.AST):
                        self.visit(item)
            elif isinstance(value, ast.AST):
                kind = type(value)
                if kind is ast.Name:
                    names.append(value)  # type: ignore[arg-type]
                elif kind not in _LEAVES:
                    self.visit(value)
        self.stmt = saved

    def block(self, body: list[Any]) -> None:
        """Visit a statement list, remembering it among the enclosing blocks."""
        if body and isinstance(body[0], ast.stmt):
            self.facts.blocks.append(body)
            self.scope.blocks.append(body)
        saved = self.blocks
        self.blocks = (*saved, id(body))
        for child in body:
            self.visit(child)
        self.blocks = saved

    def target_names(self, target: ast.expr) -> None:
        """The names a ``for`` / ``with`` target binds (the walk does not visit targets)."""
        if isinstance(target, ast.Name):
            self.scope.names.append(target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.target_names(elt.value if isinstance(elt, ast.Starred) else elt)

    def bind_target(
        self, target: ast.expr, value: ast.AST, stmt: ast.stmt, order: int | None = None
    ) -> None:
        if order is None:
            order = source_order(stmt, end=True)
        if isinstance(target, ast.Name):
            self.bind_name(target.id, order, value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            starred = any(isinstance(elt, ast.Starred) for elt in target.elts)
            for index, elt in enumerate(target.elts):
                inner = elt.value if isinstance(elt, ast.Starred) else elt
                if starred or not isinstance(value, ast.expr):
                    self.bind_target(inner, stmt, stmt, order)
                    continue
                # a, b = make_handlers(): each name is that item of the value
                item = ast.copy_location(
                    ast.Subscript(value, ast.Constant(index), ast.Load()), value
                )
                self.bind_target(inner, item, stmt, order)
        elif isinstance(target, ast.Attribute):
            if isinstance(value, ast.expr):
                self.facts.attr_stores.append(
                    AttrStore(
                        target.value, target.attr, value, self.scope, order, stmt, self.blocks
                    )
                )
                self.facts.escapes.append((value, self.scope))
            self.bind_self_attr(target, value, order)
        elif isinstance(target, ast.Subscript) and isinstance(value, ast.expr):
            self.facts.escapes.append((value, self.scope))

    def bind_self_attr(self, target: ast.Attribute, value: ast.AST, order: int) -> None:
        func = self.scope.function
        if func is None or func.klass is None or not func.params:
            return
        if isinstance(target.value, ast.Name) and target.value.id == func.params[0]:
            func.klass.attrs.setdefault(target.attr, []).append((order, value, self.scope))

    def bind_name(self, name: str, order: int, value: ast.AST) -> None:
        scope = self.facts.module if name in self.scope.globals else self.scope
        scope.bind(name, order, value)

    def visit_import(self, node: ast.AST) -> None:
        assert isinstance(node, (ast.Import, ast.ImportFrom))
        self.facts.imports.add(node)

    def visit_assign(self, node: ast.AST) -> None:
        assert isinstance(node, ast.Assign)
        self.generic(node)
        for target in node.targets:
            self.bind_target(target, node.value, node)

    def visit_annassign(self, node: ast.AST) -> None:
        assert isinstance(node, ast.AnnAssign)
        self.generic(node)
        if node.value is not None:
            self.bind_target(node.target, node.value, node)

    def visit_augassign(self, node: ast.AST) -> None:
        assert isinstance(node, ast.AugAssign)
        self.generic(node)
        if isinstance(node.target, ast.Name):
            self.bind_name(node.target.id, source_order(node, end=True), node)

    def visit_namedexpr(self, node: ast.AST) -> None:
        assert isinstance(node, ast.NamedExpr)
        self.generic(node)
        self.bind_name(node.target.id, source_order(node, end=True), node.value)

    def visit_for(self, node: ast.AST) -> None:
        assert isinstance(node, (ast.For, ast.AsyncFor))
        if isinstance(node, ast.AsyncFor):
            self.scope.waits.append(node)
        saved, self.stmt = self.stmt, node
        self.visit(node.iter)
        self.target_names(node.target)
        self.bind_target(node.target, node, node, source_order(node.target, end=True))
        self.block(node.body)
        self.block(node.orelse)
        self.stmt = saved

    def visit_with(self, node: ast.AST) -> None:
        assert isinstance(node, (ast.With, ast.AsyncWith))
        if isinstance(node, ast.AsyncWith):
            self.scope.waits.append(node)
        saved, self.stmt = self.stmt, node
        for item in node.items:
            self.visit(item.context_expr)
            self.facts.with_items.append((item.context_expr, self.scope))
            if item.optional_vars is not None:
                self.target_names(item.optional_vars)
                order = source_order(item.optional_vars, end=True)
                self.bind_target(item.optional_vars, item.context_expr, node, order)
        self.block(node.body)
        self.stmt = saved

    def visit_global(self, node: ast.AST) -> None:
        assert isinstance(node, ast.Global)
        self.scope.globals.update(node.names)

    def visit_return(self, node: ast.AST) -> None:
        assert isinstance(node, (ast.Return, ast.Yield))
        if isinstance(node, ast.Return):
            self.scope.exits.append(node)
        else:
            self.scope.yields.append(node)
        if node.value is not None:
            self.facts.escapes.append((node.value, self.scope))
        self.generic(node)

    def visit_try(self, node: ast.AST) -> None:
        assert isinstance(node, ast.Try)
        self.scope.tries.append(node)
        self.generic(node)

    def visit_raise(self, node: ast.AST) -> None:
        assert isinstance(node, ast.Raise)
        self.scope.raises.append(node)
        self.generic(node)

    def visit_exit(self, node: ast.AST) -> None:
        assert isinstance(node, (ast.Break, ast.Continue))
        self.scope.exits.append(node)

    # -- calls ------------------------------------------------------------
    def visit_call(self, node: ast.AST) -> None:
        assert isinstance(node, ast.Call)
        site = CallSite(
            node, self.scope, source_order(node), self.coroutine, self.stmt, self.blocks
        )
        self.facts.calls.append(site)
        if not self.header:
            self.scope.calls.append(site)
        self.generic(node)

    def visit_await(self, node: ast.AST) -> None:
        assert isinstance(node, ast.Await)
        if not self.header:
            self.scope.waits.append(node)
        self.generic(node)
        if isinstance(node.value, ast.Call):
            for site in reversed(self.facts.calls):
                if site.node is node.value:
                    site.awaited = node
                    break

    # -- scopes -----------------------------------------------------------
    def visit_function(self, node: ast.AST) -> None:
        assert isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        self.in_header(*node.decorator_list, node.args, *filter(None, [node.returns]))
        outer = self.scope
        outer.bind(node.name, source_order(node), node)
        outer.functions[node.name] = node
        is_async = isinstance(node, ast.AsyncFunctionDef)
        self.facts.has_coroutines |= is_async
        scope = Scope("function", node, outer, node.name, is_async)
        scope.params = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
        scope.params += [a.arg for a in node.args.kwonlyargs]
        for extra in (node.args.vararg, node.args.kwarg):
            if extra is not None:
                scope.params.append(extra.arg)
        for param in scope.params:
            scope.bind(param, 0, node.args)
        if outer.kind == "class" and outer.klass is not None:
            scope.klass = outer.klass
            outer.klass.methods[node.name] = node
        self.facts.functions.append((node, scope))
        self.facts.scope_of[id(node)] = scope
        self.enter(scope, is_async, node.body)

    def visit_lambda(self, node: ast.AST) -> None:
        assert isinstance(node, ast.Lambda)
        scope = Scope("function", node, self.scope, "<lambda>")
        scope.params = [a.arg for a in node.args.args]
        self.facts.scope_of[id(node)] = scope
        self.enter(scope, False, [node.body])

    def visit_class(self, node: ast.AST) -> None:
        assert isinstance(node, ast.ClassDef)
        self.in_header(*node.decorator_list, *node.bases, *node.keywords)
        self.scope.bind(node.name, source_order(node), node)
        scope = Scope("class", node, self.scope, node.name)
        info = ClassInfo(node.name, node, scope, list(node.bases))
        scope.klass = info
        self.facts.classes.setdefault(node.name, info)
        self.enter(scope, False, node.body)
        for name, bindings in scope.assigns.items():
            for order, value in bindings:
                info.attrs.setdefault(name, []).append((order, value, scope))

    def in_header(self, *parts: ast.AST) -> None:
        """Visit a def's or class's decorators, defaults, annotations or bases: they run in
        the enclosing scope, but are not part of its own code (names are not kept)."""
        saved, self.header = self.header, True
        names = len(self.scope.names)
        for part in parts:
            self.visit(part)
        del self.scope.names[names:]
        self.header = saved

    def enter(self, scope: Scope, coroutine: bool, body: list[Any]) -> None:
        saved = (self.scope, self.coroutine, self.stmt, self.blocks, self.header)
        self.scope, self.coroutine, self.blocks, self.header = scope, coroutine, (), False
        self.block(body)
        self.scope, self.coroutine, self.stmt, self.blocks, self.header = saved


def collect(tree: ast.Module) -> ModuleFacts:
    """Walk ``tree`` once and return its facts."""
    facts = ModuleFacts(tree)
    if tree.body:
        facts.blocks.append(tree.body)
        facts.module.blocks.append(tree.body)
    _Walker(facts).visit(tree)
    return facts
