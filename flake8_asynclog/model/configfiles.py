"""dictConfig arguments loaded from a file the analysis can find.

``dictConfig(json.load(fh))`` with ``with open(Path(__file__).with_name("logging.json"))
as fh``, ``dictConfig(json.loads(CONFIG.read_text()))``, ``yaml.safe_load`` /
``yaml.load`` (through PyYAML, when it is importable: without it nothing is read and
nothing flagged), ``tomllib.load``. The path is followed through names bound once,
``Path(...)``, ``/``, ``.parent``, ``.parents[N]``, ``.with_name()``, ``.resolve()``,
``os.path.join`` / ``dirname`` and ``os.environ.get(NAME, default)`` (the default); a
relative literal is tried beside the module, then in the project root. A function of
the module wrapping the loaded dict (``dictConfig(_expand(config))``, ``${VAR}``
substitution) keeps its shape: its placeholders stay strings, which leaves a value
unknown, not the whole config.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import sys
from typing import Any, Callable

from .scopes import Scope

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the dependency of 3.9 / 3.10
    import tomli as tomllib

LOADERS = {
    "json.load": "json", "json.loads": "json",
    "yaml.safe_load": "yaml", "yaml.load": "yaml", "yaml.full_load": "yaml",
    "yaml.unsafe_load": "yaml",
    "tomllib.load": "toml", "tomllib.loads": "toml", "tomli.load": "toml", "tomli.loads": "toml",
}  # fmt: skip
_PATHS = frozenset({"pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath"})
_SAME_PATH = frozenset({"resolve", "absolute", "expanduser"})
_TEXT_READS = frozenset({"read_text", "read", "read_bytes"})
# An unquoted ``${VAR}`` / ``$VAR`` in a JSON file (substituted before parsing).
_PLACEHOLDER = re.compile(r"(?<![\"\w$])\$\{?[A-Za-z_]\w*\}?(?![\"\w])")
_MAX_BYTES = 1_000_000

Qualname = Callable[[ast.expr], "str | None"]


class ConfigFiles:
    """Reads the config files one module's dictConfig calls load."""

    def __init__(
        self,
        qualname: Qualname,
        module: Scope,
        filename: str,
        root: str | None,
        scopes: Callable[[ast.AST], Scope | None] = lambda node: None,
    ):
        self.qualname = qualname
        self.module = module
        self.scopes = scopes  # the scope of a function node
        self.filename = os.path.abspath(filename) if filename else ""
        self.root = root
        self.read: list[str] = []  # the files read, for the project index's cache

    def config(self, node: ast.AST, scope: Scope, depth: int = 0) -> object | None:
        """The parsed dict a dictConfig argument loads, or ``None``."""
        node = self.bound(node, scope)
        if depth > 5:
            return None
        if isinstance(node, ast.Subscript):  # tomllib.load(fh)["logging"]
            key = node.slice
            inner = self.config(node.value, scope, depth + 1)
            if isinstance(inner, dict) and isinstance(key, ast.Constant):
                return inner.get(key.value)
            return None
        if not isinstance(node, ast.Call):
            return None
        qual = self.qualname(node.func)
        kind = LOADERS.get(qual or "")
        if kind is None:
            if isinstance(node.func, ast.Name) and node.func.id in self.module.functions:
                if len(node.args) == 1 and not node.keywords:  # _expand(config)
                    return self.config(node.args[0], scope, depth + 1)
                if not node.args and not node.keywords:  # load_logging_config()
                    return self.returned(self.module.functions[node.func.id], depth + 1)
            return None
        if not node.args:
            return None
        argument = self.bound(node.args[0], scope)
        if qual in ("json.loads", "tomllib.loads", "tomli.loads"):
            path = self.text_source(argument, scope)
        else:  # yaml.safe_load() takes a file or its text
            path = self.file_object(argument, scope)
            if path is None and kind == "yaml":
                path = self.text_source(argument, scope)
        return self.parse(path, kind) if path is not None else None

    def returned(self, function: ast.AST, depth: int = 0) -> object | None:
        """The config a function without arguments returns (one ``return`` that loads
        a file the analysis can find)."""
        scope = self.scopes(function)
        if scope is None:
            return None
        returns = [s.value for s in scope.exits if isinstance(s, ast.Return) and s.value]
        return self.config(returns[0], scope, depth) if len(returns) == 1 else None

    def bound(self, node: ast.AST, scope: Scope) -> ast.AST:
        """What a name bound exactly once (in its scope or the module) stands for."""
        for _ in range(10):
            if not isinstance(node, ast.Name):
                return node
            found = scope.binding(node.id)
            if isinstance(found, ast.arguments):  # def configure(path=LOGGING_YAML)
                found = parameter_default(found, node.id)
            if found is None or isinstance(found, (ast.FunctionDef, ast.ClassDef)):
                return node
            node = found
        return node

    def file_object(self, node: ast.AST, scope: Scope) -> str | None:
        """The path an ``open(P)`` / ``P.open()`` call opens."""
        node = self.bound(node, scope)
        if not isinstance(node, ast.Call):
            return None
        func = node.func
        if self.qualname(func) in ("open", "io.open", "builtins.open") and node.args:
            return self.path(node.args[0], scope)
        if isinstance(func, ast.Attribute) and func.attr == "open":
            return self.path(func.value, scope)
        return None

    def text_source(self, node: ast.AST, scope: Scope) -> str | None:
        """The path whose text ``P.read_text()`` / ``open(P).read()`` reads."""
        node = self.bound(node, scope)
        if isinstance(node, ast.Call) and len(node.args) == 1:
            if self.qualname(node.func) in ("os.path.expandvars", "os.path.expanduser"):
                return self.text_source(node.args[0], scope)  # the text, variables filled in
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in _TEXT_READS:
                inner = node.func.value
                return self.file_object(inner, scope) or self.path(inner, scope)
            if node.func.attr in ("substitute", "safe_substitute"):  # Template(text).substitute
                template = self.bound(node.func.value, scope)
                if isinstance(template, ast.Call) and template.args:
                    return self.text_source(template.args[0], scope)
        return None

    def path(self, node: ast.AST, scope: Scope, depth: int = 0) -> str | None:
        """The absolute path an expression names, when it can be told."""
        node = self.bound(node, scope)
        if depth > 20:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return self.literal(node.value)
        if isinstance(node, ast.Name) and node.id == "__file__":
            return self.filename or None
        if isinstance(node, ast.Attribute) and node.attr == "parent":
            inner = self.path(node.value, scope, depth + 1)
            return os.path.dirname(inner) if inner else None
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            index = node.slice  # Path(__file__).parents[1]: the grandparent
            if node.value.attr == "parents" and isinstance(index, ast.Constant):
                inner = self.path(node.value.value, scope, depth + 1)
                if inner is None or not isinstance(index.value, int) or index.value < 0:
                    return None
                for _ in range(index.value + 1):
                    inner = os.path.dirname(inner)
                return inner
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            left = self.path(node.left, scope, depth + 1)
            right = node.right
            if left and isinstance(right, ast.Constant) and isinstance(right.value, str):
                return os.path.join(left, right.value)
            return None
        if not isinstance(node, ast.Call):
            return None
        qual = self.qualname(node.func)
        as_text = isinstance(node.func, ast.Name) and node.func.id == "str"
        if (qual in _PATHS or qual == "os.fspath" or as_text) and len(node.args) == 1:
            return self.path(node.args[0], scope, depth + 1)
        if qual in ("os.environ.get", "os.getenv") and len(node.args) == 2:
            return self.path(node.args[1], scope, depth + 1)  # the default, unless set
        if qual in ("os.path.dirname", "os.path.abspath", "os.path.realpath") and node.args:
            inner = self.path(node.args[0], scope, depth + 1)
            if inner is None:
                return None
            return os.path.dirname(inner) if qual == "os.path.dirname" else inner
        if qual == "os.path.join" and node.args:
            first = self.path(node.args[0], scope, depth + 1)
            rest = [a.value for a in node.args[1:] if isinstance(a, ast.Constant)]
            names = [r for r in rest if isinstance(r, str)]
            if first is None or len(names) != len(node.args) - 1:
                return None
            return os.path.join(first, *names)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _SAME_PATH and not node.args:
            return self.path(func.value, scope, depth + 1)
        if isinstance(func, ast.Attribute) and func.attr == "with_name" and len(node.args) == 1:
            inner, name = self.path(func.value, scope, depth + 1), node.args[0]
            if inner and isinstance(name, ast.Constant) and isinstance(name.value, str):
                return os.path.join(os.path.dirname(inner), name.value)
        return None

    def literal(self, path: str) -> str:
        """A literal path: absolute as it is; a relative one beside the module if a file is
        there, else in the project root (where the program is usually started)."""
        if os.path.isabs(path):
            return path
        beside = os.path.join(os.path.dirname(self.filename), path)
        if os.path.isfile(beside) or not self.root:
            return beside
        return os.path.join(self.root, path)

    def parse(self, path: str, kind: str) -> object | None:
        path = os.path.normpath(path)
        try:
            if os.path.getsize(path) > _MAX_BYTES:
                return None
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        self.read.append(path)
        try:
            return _PARSERS[kind](data.decode("utf-8"))
        except Exception:  # a file the loader could not read: nothing to flag
            return None


def parameter_default(arguments: ast.arguments, name: str) -> ast.expr | None:
    """A parameter's default value (the file a set-up function reads unless told)."""
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults = dict(zip([a.arg for a in positional[len(positional) - len(arguments.defaults) :]],
                        arguments.defaults))  # fmt: skip
    for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        if default is not None:
            defaults[arg.arg] = default
    return defaults.get(name)


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return json.loads(_PLACEHOLDER.sub("null", text))


def _yaml(text: str) -> object:
    try:
        yaml: Any = importlib.import_module("yaml")
    except ImportError:  # the ``yaml`` extra: without PyYAML no YAML file is read
        return None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader


def _toml(text: str) -> object:
    return tomllib.loads(text)


_PARSERS: dict[str, Callable[[str], object]] = {"json": _json, "yaml": _yaml, "toml": _toml}
