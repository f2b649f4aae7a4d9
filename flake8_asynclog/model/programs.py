"""Programs, not folders: which modules of a project run in one process.

A *program* is an entry module and every project module it imports, transitively
(imports inside functions included). Entries are modules that run an event loop
(``asyncio.run`` & co., ``uvicorn.run``, ``web.run_app``, a bot's ``run`` /
``run_polling`` / ``start_polling``), serve an ASGI / WSGI application, are a
package's ``__main__``, a console script of ``pyproject.toml``, or are scripts
(a main guard, or imported by nobody). A program *runs coroutines* when its entry
runs a loop or serves an application, when the entry is a script or launcher and
a module it imports directly runs one, or when the entry is a launcher
(``__main__`` / console script) whose program holds one.

A set-up reaches a coroutine only when both are in one program that runs
coroutines. Modules no program imports but whose name the project spells in a
string (cogs, plugins, extensions loaded by name) run in every such program; other
modules nothing imports (dead code, a sync script) share nothing. Everything here
reads text, not trees: the import graph of a large project costs a few regular
expressions per file.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .index_cache import pickled_by_fields

# One pass over a module's import statements: ``from X import a, b`` (groups 1-3) or
# ``import X, Y`` (group 4).
_IMPORTS = re.compile(
    r"^[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)"
    r"|import[ \t]+([^\n#;]+))",
    re.MULTILINE,
)
_LOOP = re.compile(
    r"\b(?:asyncio\.run|run_until_complete|run_forever|asyncio\.Runner|uvloop\.run|aiorun"
    r"|trio\.run|anyio\.run|uvicorn\.run|hypercorn|run_app|run_polling|run_webhook"
    r"|start_polling)\s*\("
    r"|\b(?:bot|client|app)\.run\("
    # a discord / hikari client under another name: ``Announcer(text).run(TOKEN)``
    r"|\.run\([^()\n]{0,40}?(?i:token)|\.run\([^\n]*?\b(?:root_logger|log_handler)="
)
_LOADER_WORDS = ("import_module", "__import__", "load_extension", "importlib", "pkgutil",
                 "load_plugin",
                 # Django loads its settings, URL conf and ASGI / WSGI app by dotted name
                 "DJANGO_SETTINGS_MODULE", "ROOT_URLCONF", "ASGI_APPLICATION",
                 "WSGI_APPLICATION")  # fmt: skip
_SERVES = re.compile(
    r"=[ \t]*(?:\w+\.)?(?:FastAPI|Starlette|Quart|Litestar|Sanic|get_asgi_application"
    r"|Application)\("
)
# ``uvicorn.run("app.main:api", ...)``: the server imports the application's module
_APP_STRING = re.compile(
    r"\b(?:uvicorn|hypercorn|granian)\.(?:run|Config)\(\s*[\"']([A-Za-z_][\w.]*):[A-Za-z_]\w*[\"']"
)
# A gunicorn config file: the app it serves (``wsgi_app = "svc.app:app"``), and a worker
# class that runs the app's coroutines on an event loop
_WSGI_APP = re.compile(r"^wsgi_app[ \t]*=[ \t]*[\"']([A-Za-z_][\w.]*):", re.MULTILINE)
_ASYNC_WORKER = re.compile(r"^worker_class[ \t]*=[^\n]*(?:Uvicorn|uvicorn|WebWorker)", re.MULTILINE)
_BINDS_LOGGING = re.compile(r"^import[ \t]+logging\b", re.MULTILINE)
_MAIN_GUARD = re.compile(r"^if[ \t]+__name__[ \t]*==[ \t]*['\"]__main__['\"]", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([A-Za-z_][\w.]*(?:/[\w.]+)*/?)")
_SCRIPT_LINE = re.compile(r"^[ \t]*[\w.-]+[ \t]*=[ \t]*['\"]([\w.]+)(?::[\w.]+)?['\"]", re.M)


@pickled_by_fields
@dataclass
class ModuleNode:
    """What the program model knows of one project module, read from its text."""

    path: str  # real path
    names: tuple[str, ...]  # dotted names it is imported by
    imports: set[str] = field(default_factory=set)  # dotted names, absolute
    runs_loop: bool = False
    runs_loop_imported: bool = False  # outside a main guard: also when imported
    serves: bool = False
    launcher: bool = False  # a package ``__main__`` or a console script
    script: bool = False  # has a main guard
    binds_logging: bool = False  # ``import logging`` at module level: may re-export it


def read_module(path: str, names: tuple[str, ...], text: str) -> ModuleNode:
    # Names are interned: the cache then stores each once, however many modules import it.
    node = ModuleNode(path, names)
    package = package_of(path, names[0] if names else "")
    for dots, base, targets, plain in _IMPORTS.findall(text):
        if plain:
            for part in plain.split(","):
                name = part.strip().split(" ")[0]
                if name:
                    node.imports.add(sys.intern(name))
            continue
        if dots:
            resolved = relative_to(package, len(dots), base)
            if resolved is None:
                continue
            base = resolved
        if not base:
            continue
        node.imports.add(sys.intern(base))
        for target in targets.strip("()").split(","):
            name = target.strip().split(" ")[0]
            if name and name != "*":
                node.imports.add(sys.intern(f"{base}.{name}"))
    if ":" in text and (".run(" in text or ".Config(" in text):
        node.imports.update(sys.intern(name) for name in _APP_STRING.findall(text))
    guard = _MAIN_GUARD.search(text) if "__main__" in text else None
    loop = first_loop_run(text)
    node.runs_loop = loop is not None
    node.runs_loop_imported = loop is not None and (guard is None or loop < guard.start())
    node.serves = "(" in text and _SERVES.search(text) is not None
    if "worker_class" in text and _ASYNC_WORKER.search(text) is not None:
        node.serves = True  # gunicorn -c gunicorn.conf.py, with uvicorn's worker
        node.imports.update(sys.intern(name) for name in _WSGI_APP.findall(text))
    node.script = guard is not None
    node.binds_logging = "import logging" in text and _BINDS_LOGGING.search(text) is not None
    node.launcher = os.path.basename(path) == "__main__.py"
    return node


def first_loop_run(text: str) -> int | None:
    """Where ``text`` first runs an event loop (:data:`_LOOP`), if it does. The pattern
    is tried only around the words every runner spells (``run``, ``Run``, ``polling``,
    ``hypercorn``): one pattern over a whole module costs more than the module's parse."""
    first: int | None = None
    for word in ("run", "Run", "polling", "hypercorn"):
        at = text.find(word)
        while at != -1 and (first is None or at < first):
            window = max(0, at - 24)
            match = _LOOP.search(text, window, at + 64)
            if match is not None and (first is None or match.start() < first):
                first = match.start()
                break
            at = text.find(word, at + 1)
    return first


def package_of(path: str, name: str) -> str:
    """The package relative imports in the module ``name`` (at ``path``) start from."""
    if os.path.basename(path) == "__init__.py":
        return name
    return name.rsplit(".", 1)[0] if "." in name else ""


def relative_to(package: str, level: int, name: str) -> str | None:
    """The absolute name of ``from <level dots><name> import ...`` in ``package``
    (``None`` when the dots climb above the top package)."""
    parts = package.split(".") if package else []
    keep = len(parts) - (level - 1)
    if keep < 0:
        return None
    return ".".join([*parts[:keep], *([name] if name else [])])


def module_name_for(filename: str) -> str:
    """The dotted module name of a file, from the packages (``__init__.py``) around it."""
    if not filename or filename in ("-", "stdin", "<stdin>"):
        return "__main__"
    stem = os.path.splitext(os.path.abspath(filename))[0]
    folder, leaf = os.path.split(stem)
    parts = [] if leaf == "__init__" else [leaf]
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        folder, package = os.path.split(folder)
        parts.append(package)
        if not package:
            break
    return ".".join(reversed(parts)) or "__main__"


def quoted_names(text: str) -> set[str]:
    """Dotted names and folder paths spelled in string literals (``"cogs.admin"``,
    ``f"plugins.{name}"`` gives ``plugins.``) of a module that loads modules by name."""
    if not any(word in text for word in _LOADER_WORDS):
        return set()
    return set(_QUOTED.findall(text))


def console_scripts(root: str) -> set[str]:
    """Modules named by ``[project.scripts]`` / ``[tool.poetry.scripts]`` entries."""
    try:
        with open(os.path.join(root, "pyproject.toml"), encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, ValueError):
        return set()
    out: set[str] = set()
    for section in re.split(r"^\[", text, flags=re.MULTILINE):
        if section.startswith(("project.scripts]", "tool.poetry.scripts]", "project.gui-scripts]")):
            out.update(_SCRIPT_LINE.findall(section))
    return out


#: Files that start the project's servers, and the ``module:app`` they serve.
SERVER_FILES = ("Procfile", "Dockerfile", "docker-compose.yml", "docker-compose.yaml",
                "compose.yaml", "compose.yml")  # fmt: skip
_SERVED = re.compile(
    r"\b(?:uvicorn|gunicorn|hypercorn|daphne|granian)\b[^\n]*?\b([A-Za-z_][\w.]*):[A-Za-z_]\w*"
)


def served_modules(root: str) -> set[str]:
    """Modules an ASGI / WSGI server is started on by the project's ``Procfile``,
    ``Dockerfile`` or compose file (``web: uvicorn gateway.asgi:app``)."""
    out: set[str] = set()
    for name in SERVER_FILES:
        try:
            with open(os.path.join(root, name), encoding="utf-8") as handle:
                out.update(_SERVED.findall(handle.read()))
        except (OSError, ValueError):
            continue
    return out


@pickled_by_fields
@dataclass(frozen=True)
class Program:
    """A program that runs coroutines: its entry module and what that imports."""

    entry: str  # real path of the entry module
    shown: str  # the entry as messages show it (relative to the project root)
    members: frozenset[str]


class ProgramGraph:
    """The project's modules, their imports, and the programs built from them."""

    def __init__(self, root: str, nodes: Iterable[ModuleNode], quoted: set[str]) -> None:
        self.root = root
        self.nodes = {node.path: node for node in nodes}
        self.by_name: dict[str, list[str]] = {}
        for node in self.nodes.values():
            for name in node.names:
                self.by_name.setdefault(name, []).append(node.path)
        self.quoted = quoted
        self.edges = {path: self._resolve(node) for path, node in self.nodes.items()}
        imported = {target for targets in self.edges.values() for target in targets}
        for name in console_scripts(root):
            for path in self.by_name.get(name, []):
                self.nodes[path] = replace(
                    self.nodes[path], launcher=True
                )  # a cached node stays as read
        for name in served_modules(root):
            for path in self.by_name.get(name, []):
                self.nodes[path] = replace(self.nodes[path], serves=True)
        # Only the programs that run coroutines are kept: a project whose modules are
        # loaded by name (plugins) has thousands of entries that run nothing.
        self.running = [
            program
            for node in self.nodes.values()
            if node.runs_loop or node.serves or node.launcher or node.script
            or node.path not in imported
            if (program := self._program(node)) is not None
        ]  # fmt: skip
        # what each entry imports from project modules by name (kept: a stored graph has
        # no imports)
        self.entry_imports = {
            program.entry: frozenset(
                name
                for name in self.nodes[program.entry].imports
                if name.rpartition(".")[0] in self.by_name
            )
            for program in self.running
        }
        covered = {path for program in self.running for path in program.members}
        spelled = [
            path
            for path, node in self.nodes.items()
            if path not in covered and self._loaded_by_name(node)
        ]
        # a module loaded by name brings what it imports (a URL conf its views)
        self.by_name_loaded = set(spelled)
        todo = list(spelled)
        while todo:
            for target in self.edges.get(todo.pop(), ()):
                if target not in covered and target not in self.by_name_loaded:
                    self.by_name_loaded.add(target)
                    todo.append(target)

    def __getstate__(self) -> dict[str, object]:
        # The imports were resolved into the edges: a stored graph keeps only those.
        nodes = {path: replace(node, imports=set()) for path, node in self.nodes.items()}
        return {**self.__dict__, "nodes": nodes}

    def _resolve(self, node: ModuleNode) -> set[str]:
        out: set[str] = set()
        for name in node.imports:
            parts = name.split(".")
            for end in range(1, len(parts) + 1):
                candidates = self.by_name.get(".".join(parts[:end]))
                if candidates:
                    out.add(_nearest(candidates, node.path))
        out.discard(node.path)
        return out

    def dependencies_first(self, paths: Iterable[str]) -> list[str]:
        """``paths`` ordered so that a module comes after the modules it imports (as far
        as import cycles allow)."""
        wanted = set(paths)
        order: list[str] = []
        seen: set[str] = set()
        for start in sorted(wanted):
            if start in seen:
                continue
            seen.add(start)
            stack = [(start, iter(sorted(self.edges.get(start, ()))))]
            while stack:
                path, targets = stack[-1]
                for target in targets:
                    if target not in seen:
                        seen.add(target)
                        stack.append((target, iter(sorted(self.edges.get(target, ())))))
                        break
                else:
                    stack.pop()
                    if path in wanted:
                        order.append(path)
        return order

    def _closure(self, start: str) -> frozenset[str]:
        seen = {start}
        todo = [start]
        while todo:
            for target in self.edges.get(todo.pop(), ()):
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        return frozenset(seen)

    def _program(self, node: ModuleNode) -> Program | None:
        """The program ``node`` is the entry of, when it runs coroutines."""
        direct = [self.nodes[p] for p in self.edges[node.path]]
        members = None
        if not runs_coroutines(node, direct):
            if not node.launcher:
                return None
            members = self._closure(node.path)
            if not any(self.nodes[p].runs_loop_imported for p in members):
                return None
        shown = os.path.relpath(node.path, self.root).replace(os.sep, "/")
        return Program(node.path, shown, members or self._closure(node.path))

    def _loaded_by_name(self, node: ModuleNode) -> bool:
        """Whether a module loader spells this module's name, or a package above it
        (``"cogs.admin"``, ``f"plugins.{name}"``, ``package="redbot.cogs"``, ``"cogs/"``);
        a bare one-word name in a string is far more often a logger's, so it does not
        count."""
        for name in node.names:
            parts = name.split(".")
            if len(parts) < 2:
                continue
            spelled = {name}
            for end in range(1, len(parts)):
                package = ".".join(parts[:end])
                spelled |= {f"{package}.", package.replace(".", "/") + "/"}
                if end > 1:
                    spelled.add(package)
            if spelled & self.quoted:
                return True
        return False

    # -- questions the project index asks -----------------------------------
    def imported_by_entry(self, program: Program, path: str) -> frozenset[str]:
        """The names the entry of ``program`` imports from the module at ``path``
        (``from app.logs import configure``): functions it calls, as a rule."""
        node = self.nodes.get(path)
        if node is None:
            return frozenset()
        imported = (name.rpartition(".") for name in self.entry_imports.get(program.entry, ()))
        return frozenset(attr for module, _, attr in imported if module in node.names)

    def programs_with(self, path: str) -> list[Program]:
        """The programs running coroutines that ``path`` runs in (by name: all of them)."""
        path = os.path.realpath(path)
        if path not in self.nodes or path in self.by_name_loaded:
            return list(self.running)
        return [p for p in self.running if path in p.members]

    def own_program(self, path: str) -> frozenset[str]:
        """The members of the program ``path`` is the entry of, if that one runs coroutines."""
        path = os.path.realpath(path)
        for program in self.running:
            if program.entry == path:
                return program.members
        return frozenset()

    def status(self, path: str) -> str:
        """``running``: ``path`` runs in a program that runs coroutines (or is loaded by
        name); ``idle``: the project has such programs and ``path`` is in none of them (a
        sync script, a management command, a dead module); ``unknown``: not a module of
        the project, or the project runs no loop the index can see."""
        path = os.path.realpath(path)
        if path not in self.nodes or not self.running:
            return "unknown"
        if path in self.by_name_loaded or any(path in p.members for p in self.running):
            return "running"
        return "idle"

    def outsider(self, path: str, text: str) -> Program | None:
        """The program of a file the index does not hold (in ``tests/``, ``examples/``):
        itself and what it imports, when that runs coroutines."""
        node = read_module(os.path.realpath(path), module_names(path, self.root), text)
        direct = [self.nodes[p] for p in self._resolve(node)]
        if not runs_coroutines(node, direct):
            return None
        members = {node.path}
        for target in direct:
            members |= self._closure(target.path)
        shown = os.path.relpath(node.path, self.root).replace(os.sep, "/")
        return Program(node.path, shown, frozenset(members))

    def outsider_status(self, path: str, text: str) -> str:
        """:meth:`status` of a file the index does not hold: ``running`` when its own
        program (itself and what it imports) runs coroutines; ``idle`` when it does not
        but imports the project's modules (a test helper driving the app's coroutines,
        run by no loop of its own); ``unknown`` for a file on its own."""
        node = read_module(os.path.realpath(path), module_names(path, self.root), text)
        imported = self._resolve(node)
        if runs_coroutines(node, [self.nodes[p] for p in imported]):
            return "running"  # what outsider() would build a program of
        return "idle" if imported else "unknown"

    def mates(self, path: str, text: str | None = None) -> dict[str, Program]:
        """Every module that runs in a program with ``path``, with one such program."""
        out: dict[str, Program] = {}
        if os.path.realpath(path) not in self.nodes and text is not None:
            program = self.outsider(path, text)
            return dict.fromkeys(sorted(program.members), program) if program else {}
        programs = self.programs_with(path)
        for program in programs:
            for member in sorted(program.members):
                out.setdefault(member, program)
        if programs:
            for loaded in sorted(self.by_name_loaded):
                out.setdefault(loaded, programs[0])
        return out


def runs_coroutines(entry: ModuleNode, direct: list[ModuleNode]) -> bool:
    """Whether a program runs coroutines, from its entry: it runs a loop or serves an app,
    or it is a script or launcher importing a module that runs one (``from app.cli import
    main; main()``)."""
    if entry.runs_loop or entry.serves:
        return True
    return (entry.script or entry.launcher) and any(d.runs_loop_imported for d in direct)


def _nearest(candidates: list[str], importer: str) -> str:
    """Of the files a dotted name can mean, the one closest to the importing file."""
    if len(candidates) == 1:
        return candidates[0]
    return max(sorted(candidates), key=lambda c: len(os.path.commonpath([c, importer])))


def module_names(path: str, root: str) -> tuple[str, ...]:
    """The dotted names a file is imported by: from the project root (and ``src``), and
    from the packages (``__init__.py``) around it."""
    names: list[str] = []
    stem = os.path.splitext(path)[0]
    for base in (root, os.path.join(root, "src")):
        relative = os.path.relpath(stem, base)
        if not relative.startswith(".."):
            names.append(_dotted(relative))
    in_packages = module_name_for(path)
    names.append("" if in_packages == "__main__" else in_packages)
    return tuple(dict.fromkeys(n for n in names if n))


def _dotted(relative: str) -> str:
    parts = relative.split(os.sep)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)
