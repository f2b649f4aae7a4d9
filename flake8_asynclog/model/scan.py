"""Reading the project: its root, its files, what each one's text says, and the index
built from them (kept between runs by :mod:`.index_cache`).

The index is built once per process and project root (and set of options). Every
file is stat'ed; one whose size and time match the cache is not read again; the
others are read, and what matters of their text is kept (:class:`FileFacts`):
the import-graph node, the names spelled for module loaders, and whether the
module can matter to the logging model at all (a text pre-scan).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..catalogue import INSTALLERS
from ..paths import TOOL_DIRS, is_excluded
from ..precheck import framework_settings, imports_logging, logs_in_coroutines
from ..settings import Settings
from . import index_cache
from .index_cache import FileFacts, Listing, Stored, digest, trusted
from .programs import SERVER_FILES, ProgramGraph, module_names, quoted_names, read_module
from .project import _MAX_BYTES, ProjectIndex

ROOT_MARKERS = ("pyproject.toml", "setup.cfg", "setup.py", ".git")
# Folders never read for configuration: the tools' ones, and code that is not part of
# the program (tests, examples, docs, fixtures, benchmarks).
SKIPPED_DIRS = (
    *TOOL_DIRS,
    "tests",
    "test",
    "testing",
    "examples",
    "docs",
    "fixtures",
    "benchmarks",
)
_SETUP_WORDS = (
    "addHandler", "basicConfig", "dictConfig", "fileConfig", "propagate", "handlers",
    "log_config", "logger.add", "logger.remove",
    *sorted({installer.function.rsplit(".", 1)[-1] for installer in INSTALLERS}),
)  # fmt: skip
# ``return logging.getLogger(...)`` (a factory, a ``logger`` property) or ``class
# X(logging.Handler)``: a module others import loggers or handlers from
_EXPORTS = re.compile(
    r"return[ \t]+(?:[\w.]+\.)?getLogger\(|^[ \t]*class[ \t]+\w+\([^)]*Handler\b", re.M
)
_MAX_FILES = 20000
# Files outside the modules whose stat is part of the graph's fingerprint.
_GRAPH_INPUTS = ("pyproject.toml", *SERVER_FILES)

_ROOTS: dict[str, str | None] = {}
_INDEXES: dict[tuple[str, Settings], ProjectIndex] = {}


def find_root(filename: str) -> str | None:
    """The nearest folder above ``filename`` holding a project marker."""
    folder = os.path.dirname(os.path.abspath(filename))
    seen: list[str] = []
    root: str | None = None
    while True:
        if folder in _ROOTS:
            root = _ROOTS[folder]
            break
        seen.append(folder)
        if is_project_folder(name for name in (*ROOT_MARKERS, "__init__.py")
                             if os.path.exists(os.path.join(folder, name))):  # fmt: skip
            root = folder
            break
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    for path in seen:
        _ROOTS[path] = root
    return root


def is_project_folder(names: Iterable[str]) -> bool:
    """Whether a folder holding ``names`` is a project root: a ``pyproject.toml``,
    ``setup.cfg`` or ``.git``, or a ``setup.py`` outside a package (Home Assistant's
    ``homeassistant/setup.py`` is a module of the package, not a project)."""
    held = set(names)
    if held & {"pyproject.toml", "setup.cfg", ".git"}:
        return True
    return "setup.py" in held and "__init__.py" not in held


def index_for(filename: str, settings: Settings) -> ProjectIndex | None:
    """The project index for the project ``filename`` belongs to, if any (built once per
    process)."""
    if not settings.project_scan or not filename or not os.path.isfile(filename):
        return None
    root = settings.project_root or find_root(filename)
    if root is None:
        return None
    root = os.path.realpath(root)
    key = (root, settings)
    if key not in _INDEXES:
        _INDEXES[key] = build_index(root, settings, walk(root, settings))
    return _INDEXES[key]


def project_files(root: str, settings: Settings) -> list[str]:
    """The Python files of the project that can hold its logging set-up or coroutines."""
    return [path for path, _ in _project_files(root, settings, {}, 0)[0]]


def _project_files(
    root: str, settings: Settings, known: dict[str, tuple[int, Listing]], written_ns: int
) -> tuple[list[tuple[str, str]], dict[str, tuple[int, Listing]]]:
    """``(path, real path)`` of every project file (:func:`project_files`), and the
    listing of every folder: one taken from ``known`` when the folder's time says it
    is unchanged, else listed again (a sub-folder holding a root marker is a project
    of its own; only a symlink's path is resolved)."""
    out: list[tuple[str, str]] = []
    dirs: dict[str, tuple[int, Listing]] = {}
    todo = [root]
    while todo and len(out) <= _MAX_FILES:
        folder = todo.pop()
        try:
            mtime_ns = os.stat(folder).st_mtime_ns
        except OSError:
            continue
        old = known.get(folder)
        if old is not None and trusted(0, mtime_ns, (0, old[0]), written_ns):
            listing = old[1]
        else:
            listing = _list_folder(folder, folder == root, settings.exclude)
        dirs[folder] = (mtime_ns, listing)
        if listing is not None:
            out.extend(listing[1])
            todo.extend(reversed(listing[0]))  # depth first, in name order, like os.walk
    for extra in settings.config_modules:
        path = extra if os.path.isabs(extra) else os.path.join(root, extra)
        if os.path.isfile(path) and all(path != seen for seen, _ in out):
            out.append((path, os.path.realpath(path)))
    return out, dirs


def _list_folder(folder: str, is_root: bool, patterns: tuple[str, ...]) -> Listing:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return ((), ())
    if not is_root and is_project_folder(entry.name for entry in entries):
        return None  # a project of its own
    folders: list[str] = []
    files: list[tuple[str, str]] = []
    for entry in entries:
        name, path = entry.name, entry.path
        try:
            if entry.is_dir(follow_symlinks=False):
                if not name.startswith(".") and not is_excluded(path, (*SKIPPED_DIRS, *patterns)):
                    folders.append(path)
                continue
        except OSError:
            continue
        if name.endswith(".py") and not is_test_file(name) and not is_excluded(path, patterns):
            files.append((path, os.path.realpath(path) if entry.is_symlink() else path))
    return tuple(folders), tuple(files)


def is_test_file(name: str) -> bool:
    return name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py"


def worth_reading(text: str) -> bool:
    """Cheap text pre-scan: stdlib logging and either set-up or coroutines, or coroutines
    logging through another module's logger."""
    if not imports_logging(text):
        return logs_in_coroutines(text) or framework_settings(text)
    words = (*_SETUP_WORDS, "asyncio.run", "run_until_complete")
    if "async def" in text or any(word in text for word in words):
        return True
    # what other modules import: a logger factory or property, a handler class
    return _EXPORTS.search(text) is not None


def read_facts(path: str, real: str, root: str, size: int, mtime_ns: int) -> FileFacts | None:
    """What the index keeps of one file's text (``None``: too big, unreadable, not UTF-8)."""
    if size > _MAX_BYTES:
        return None
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        text = data.decode("utf-8")
    except (OSError, ValueError):
        return None
    node = read_module(real, module_names(path, root), text)
    worth = worth_reading(text)
    logs_only = worth and not imports_logging(text) and not framework_settings(text)
    return FileFacts(size, mtime_ns, digest(data), node, frozenset(quoted_names(text)), worth,
                     logs_only)  # fmt: skip


def _current(
    path: str, real: str, root: str, stat: tuple[int, int], old: FileFacts | None, written_ns: int
) -> tuple[FileFacts | None, bool]:
    """A file's facts, and whether they were read now (not taken from the cache)."""
    if old is not None and trusted(*stat, (old.size, old.mtime_ns), written_ns):
        return old, False
    facts = read_facts(path, real, root, *stat)
    if old is not None and facts is not None and old.digest == facts.digest:
        return replace(old, size=facts.size, mtime_ns=facts.mtime_ns), True  # touched only
    return facts, True


@dataclass
class Walk:
    """The project's files as they are now, and the cache as it was written."""

    where: str | None  # the cache file (None: --no-cache)
    stored: Stored | None
    listed: list[tuple[str, str]]
    dirs: dict[str, tuple[int, Listing]]
    stats: dict[str, tuple[int, int]]

    @property
    def unchanged(self) -> bool:
        """Nothing changed since the cache was written (and nothing near its writing)."""
        stored = self.stored
        if stored is None or stored.stats != self.stats:
            return False
        newest = max((mtime for _, mtime in self.stats.values()), default=0)
        return newest < stored.written_ns - index_cache.RACY_NS  # none near the writing


_WALKS: dict[tuple[str, Settings], Walk] = {}


def walk(root: str, settings: Settings) -> Walk:
    """The files of the project at ``root``, stat'ed once per process."""
    key = (root, settings)
    if key not in _WALKS:
        _WALKS[key] = walk_now(root, settings)
    return _WALKS[key]


def walk_now(root: str, settings: Settings) -> Walk:
    where = index_cache.cache_path(root, settings) if settings.cache else None
    stored = index_cache.load(where) if where is not None else None
    written_ns = stored.written_ns if stored is not None else 0
    known = stored.dirs if stored is not None else {}
    listed, dirs = _project_files(root, settings, known, written_ns)
    stats = _stats(root, listed, stored.data_files if stored is not None else ())
    return Walk(where, stored, listed, dirs, stats)


def unchanged_project(filename: str, settings: Settings) -> tuple[str, bytes] | None:
    """``(cache file, fingerprint)`` of ``filename``'s project when its cache is current:
    nothing in the project changed since it was written (what a result kept for a
    file's text may be reused on)."""
    if not settings.project_scan or not settings.cache or not os.path.isfile(filename):
        return None
    root = settings.project_root or find_root(filename)
    if root is None:
        return None
    state = walk(os.path.realpath(root), settings)
    if state.where is None or state.stored is None or not state.unchanged:
        return None
    return state.where, state.stored.fingerprint


def build_index(root: str, settings: Settings, state: Walk | None = None) -> ProjectIndex:
    local = Settings(
        starter_names=settings.starter_names,
        blocking_handlers=settings.blocking_handlers,
        nonblocking_handlers=settings.nonblocking_handlers,
        project_scan=False,
    )
    state = state or walk_now(root, settings)
    where, stored, listed, dirs, stats = (state.where, state.stored, state.listed, state.dirs,
                                          state.stats)  # fmt: skip
    written_ns = stored.written_ns if stored is not None else 0
    if where and stored is not None and state.unchanged and stored.read_index():
        # nothing changed: the index as it was built
        index = ProjectIndex(root, dict(stored.modules), stored.graph, list(stored.pending),
                             local, load_facts=stored.files)  # fmt: skip
        index.save = _saver(where, index, replace(stored, dirs=dirs))
        return index
    old_files = stored.files() if stored is not None else {}
    files: dict[str, FileFacts] = {}
    changed = False
    for path, real in listed:
        if real not in stats:
            continue
        facts, fresh = _current(path, real, root, stats[real], old_files.get(real), written_ns)
        changed |= fresh
        if facts is not None:
            files[real] = facts
    changed |= len(files) != len(old_files)
    fingerprint = _fingerprint(stats)
    if (
        stored is not None
        and not changed
        and stored.fingerprint == fingerprint
        and stored.read_index()
    ):
        graph = stored.graph
    else:
        quoted = set().union(*(facts.quoted for facts in files.values()))
        graph = ProgramGraph(root, (facts.node for facts in files.values()), quoted)
        changed = True
    index = ProjectIndex(root, {}, graph, settings=local, facts=files, changed=changed)
    # A module after the ones it imports: it may use their loggers (``from bot import
    # LOGGER``), logger factories or handler classes.
    candidates = (real for real, facts in files.items() if facts.worth)
    for path in graph.dependencies_first(candidates):
        node = graph.nodes.get(path)
        if files[path].logs_only and not (node is not None and node.runs_loop):
            index.pending.append(path)
            continue
        index.summarize_into(path, local)
    if where is not None:
        built = Stored(fingerprint, graph, dirs=dirs, stats=stats,
                       modules=dict(index.modules), pending=tuple(index.pending))  # fmt: skip
        index.save = _saver(where, index, built)
        if index.changed:
            index.save()
            index.changed = False
    return index


def _stats(
    root: str, listed: list[tuple[str, str]], data_files: Iterable[str] = ()
) -> dict[str, tuple[int, int]]:
    """``(size, time)`` of every listed file, of the config files summaries read, and of
    the files outside the modules that the graph reads (:data:`_GRAPH_INPUTS`, under
    their bare names)."""
    stats: dict[str, tuple[int, int]] = {}
    named = [
        *((path, path) for path in data_files),
        *((real, path) for path, real in listed),
        *((name, os.path.join(root, name)) for name in _GRAPH_INPUTS),
    ]
    for key, path in named:
        try:
            info = os.stat(path)
        except OSError:
            continue
        stats[key] = (info.st_size, info.st_mtime_ns)
    return stats


def _saver(where: str, index: ProjectIndex, built: Stored) -> Callable[[], None]:
    """What writes the cache of ``index``: the index as built (``built``: summaries of
    the modules not left for later) and the facts of every file, as they are now."""

    def save() -> None:
        index.read_facts()
        data = sorted({path for facts in index.facts.values() for path, _, _ in facts.reads})
        built.data_files = tuple(data)
        built.stats = {**built.stats, **_stats(index.root, [], data)}
        index_cache.save(where, built, index.facts)

    return save


def _fingerprint(stats: dict[str, tuple[int, int]]) -> bytes:
    parts = [f"{path}\0{size}\0{mtime}" for path, (size, mtime) in sorted(stats.items())]
    return digest("\n".join(parts).encode("utf-8", "surrogateescape"))
