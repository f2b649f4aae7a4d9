"""The project index kept between runs, so a run re-reads only the files that changed.

One file per project root and set of options, in the cache folder (``--cache-dir``,
else ``$FLAKE8_ASYNCLOG_CACHE_DIR``, else ``.asynclog_cache`` in the project root,
which gets a ``.gitignore`` and a ``CACHEDIR.TAG``). It holds, for every project
file, what the index read from its text (:class:`FileFacts`), keyed by size and
modification time, and a content hash for when those disagree: a file touched but
unchanged is not read again. A module's summary is kept with the answers it got
from the modules it imports (``from bot import LOGGER``), and reused only while
those answers stay the same. The program graph is kept as a whole and reused when
no file was added, removed or changed.

A warm run with nothing changed reads only the first part of the file: each folder's
listing (taken again only when the folder's time moved: adding, removing or renaming
a file does that), the stat of every file, the program graph and the summaries. The
facts of every file, the second part, are unpickled only when a file changed or a
module left for later must be summarised.

Safety: the file starts with a magic line, the format, and a digest of each part; a
file that is truncated, corrupt, foreign, of another version of the tool or of its
sources (a hash of their text) is ignored and rebuilt. It is read with an
unpickler that builds only the index's own classes. Writes go to a temporary file in
the same folder and :func:`os.replace` it: processes that build at once (pre-commit,
``-j`` workers) each write a whole, valid file, and the last one stays. A file
modified within :data:`RACY_NS` of the cache's writing is hashed again on the next
run: its time alone cannot tell an edit made in the same tick (a folder likewise).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Optional, TypeVar

from .. import __version__
from ..settings import Settings

MAGIC = b"flake8-asynclog project index\n"
FORMAT = 3
RACY_NS = 2_000_000_000
ENV_DIR = "FLAKE8_ASYNCLOG_CACHE_DIR"
DEFAULT_DIR = ".asynclog_cache"
_GITIGNORE = "# Made by flake8-asynclog: the project index cache.\n*\n"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# flake8-asynclog's cache.\n"
_DIGEST = 32


_Class = TypeVar("_Class", bound=type)


def pickled_by_fields(cls: _Class) -> _Class:
    """Pickle a dataclass as the arguments of its constructor: about half the time to
    load of pickle's default (a dict of attributes per object)."""
    names = tuple(f.name for f in fields(cls))

    def reduce(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, tuple(getattr(self, name) for name in names)

    setattr(cls, "__reduce__", reduce)  # noqa: B010
    return cls


@pickled_by_fields
@dataclass
class FileFacts:
    """What the index read from one file's text, and the stat it was read at."""

    size: int
    mtime_ns: int
    digest: bytes
    node: Any  # programs.ModuleNode
    quoted: frozenset[str]
    worth: bool  # project.worth_reading
    logs_only: bool  # no logging import: summarised only when a set-up asks
    summarized: bool = False
    summary: Any = None  # project.ModuleSummary | None
    asked: tuple[tuple[str, Any], ...] = ()  # (dotted name, exported value) it used
    reads: tuple[tuple[str, int, int], ...] = ()  # config files its summary read, and stats


#: A folder's listing: its time, and its sub-folders and ``(path, real path)`` files
#: (``None``: the folder is a project of its own).
Listing = Optional[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]


@dataclass
class Stored:
    """The whole cache of one project root and set of options.

    What a warm run with nothing changed needs is stored apart from the facts of every
    file (:meth:`files`), which are unpickled only when something changed."""

    fingerprint: bytes = b""  # of every file's stat: the graph below is for it
    graph: Any = None  # programs.ProgramGraph
    written_ns: int = 0
    dirs: dict[str, tuple[int, Listing]] = field(default_factory=dict)  # folder -> listing
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # real path -> size, time
    # the index as built: the summaries (real path -> project.ModuleSummary) and the
    # modules left to summarise when asked
    modules: dict[str, Any] = field(default_factory=dict)
    pending: tuple[str, ...] = ()
    data_files: tuple[str, ...] = ()  # config files the summaries read: stats kept too
    hot: bytes = field(default=b"", repr=False, compare=False)  # graph, modules, pending
    cold: bytes = field(default=b"", repr=False, compare=False)  # the pickled facts

    def stamp(self) -> dict[str, Any]:
        """What tells whether anything changed (the file's first part)."""
        keys = ("fingerprint", "written_ns", "dirs", "stats", "data_files")
        return {key: getattr(self, key) for key in keys}

    def index(self) -> dict[str, Any]:
        return {"graph": self.graph, "modules": self.modules, "pending": self.pending}

    def read_index(self) -> bool:
        """Unpickle the graph, the summaries and the pending modules (the second part);
        ``False`` when they cannot be read."""
        if self.graph is not None:
            return True
        state = _unpickle_part(self.hot)
        if not isinstance(state, dict) or state.get("graph") is None:
            return False
        self.graph, self.modules, self.pending = state["graph"], state["modules"], state["pending"]
        return True

    def files(self) -> dict[str, FileFacts]:
        """The facts of every file (real path -> facts); empty when they cannot be read."""
        files = _unpickle_part(self.cold)
        return files if isinstance(files, dict) else {}


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def cache_dir(root: str, settings: Settings) -> str:
    return settings.cache_dir or os.environ.get(ENV_DIR) or os.path.join(root, DEFAULT_DIR)


def cache_path(root: str, settings: Settings) -> str:
    """The cache file of ``root`` with ``settings`` (the options that change what the
    index reads are part of its name)."""
    key = repr(
        (
            root,
            sorted(settings.starter_names),
            sorted(settings.blocking_handlers),
            sorted(settings.nonblocking_handlers),
            settings.project_root,
            settings.config_modules,
            sorted(set(settings.exclude)),
        )
    )
    name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:20]
    return os.path.join(cache_dir(root, settings), f"index-{name}.pickle")


_TOOL: bytes | None = None


def tool_key() -> bytes:
    """The version of the tool, of Python, and a hash of the tool's own sources: an
    edited checkout never reads an index its older code wrote, and the same code
    reads the same cache wherever it is installed (a checkout, site-packages)."""
    global _TOOL
    if _TOOL is None:
        package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        hasher = hashlib.blake2b(f"{__version__}\0{sys.version}".encode(), digest_size=16)
        for folder, dirs, files in os.walk(package):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    path = os.path.join(folder, name)
                    hasher.update(os.path.relpath(path, package).encode("utf-8", "replace"))
                    with open(path, "rb") as handle:
                        hasher.update(handle.read())
        _TOOL = hasher.digest()
    return _TOOL


class _IndexUnpickler(pickle.Unpickler):
    """Builds the index's own classes, nothing else (a foreign file cannot run code)."""

    ALLOWED: ClassVar[dict[str, set[str]]] = {
        "flake8_asynclog.model.index_cache": {"FileFacts", "Stored"},
        "flake8_asynclog.model.programs": {"ModuleNode", "Program", "ProgramGraph"},
        "flake8_asynclog.model.project": {"ModuleSummary", "ExternalAttachment"},
        "flake8_asynclog.model.values": {
            "Imported",
            "LoggerVal",
            "LoggerFactory",
            "HandlerMaker",
            "HandlerListMaker",
            "HandlerInstaller",
            "ConfigDict",
        },
    }

    def find_class(self, module: str, name: str) -> Any:
        if name in self.ALLOWED.get(module, ()) or (module, name) in _result_classes():
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of the index")


def _result_classes() -> set[tuple[str, str]]:
    """The classes of kept findings (the checker's results): a finding and its fix."""
    from .. import fixes

    kinds = {"Finding"} | {n for n, v in vars(fixes).items() if isinstance(v, type)}
    return {("flake8_asynclog.findings", "Finding")} | {("flake8_asynclog.fixes", n) for n in kinds}


def write_checked(path: str, value: object) -> None:
    """``value`` pickled after the head and its digest, written atomically (a folder
    that cannot be written is no error): the checker's kept results."""
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=".results-", suffix=".tmp", dir=os.path.dirname(path))
    except (OSError, pickle.PicklingError, RecursionError):
        return
    write_atomically(fd, tmp, path, _head() + _check(payload) + payload)


def read_checked(path: str) -> Any:
    """What :func:`write_checked` wrote at ``path``; ``None`` when missing, foreign,
    corrupt or written by another version of the tool."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    head = _head()
    if not data.startswith(head):
        return None
    body = data[len(head) :]
    return _unpickle(body[_DIGEST:], body[:_DIGEST])


def load(path: str) -> Stored | None:
    """The first part of the cache at ``path`` (the rest is read when asked:
    :meth:`Stored.read_index`, :meth:`Stored.files`); ``None`` when missing,
    unreadable, foreign, corrupt or written by another version of the tool."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    head = _head()
    if not data.startswith(head):
        return None
    parts = _split(data[len(head) :])
    if parts is None:
        return None
    stamp = _unpickle_part(parts[0])
    if not isinstance(stamp, dict):
        return None
    try:
        stored = Stored(**stamp, hot=parts[1], cold=parts[2])
    except TypeError:
        return None
    return stored


def _split(data: bytes) -> tuple[bytes, bytes, bytes] | None:
    """The three parts (digest and payload each) of a cache file after its head."""
    parts: list[bytes] = []
    offset = 0
    for _ in range(3):
        start = offset + _DIGEST + 8
        if len(data) < start:
            return None
        size = int.from_bytes(data[start - 8 : start], "big")
        if len(data) < start + size:
            return None
        parts.append(data[offset : offset + _DIGEST] + data[start : start + size])
        offset = start + size
    return parts[0], parts[1], parts[2]


def _unpickle_part(part: bytes) -> Any:
    if len(part) < _DIGEST:
        return None
    return _unpickle(part[_DIGEST:], part[:_DIGEST])


def _unpickle(payload: bytes, check: bytes) -> Any:
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != check:
        return None
    try:
        return _IndexUnpickler(io.BytesIO(payload)).load()
    except Exception:  # a valid digest over a bad payload: still never a crash
        return None


def _head() -> bytes:
    return MAGIC + FORMAT.to_bytes(2, "big") + tool_key()


def save(path: str, stored: Stored, files: dict[str, FileFacts]) -> None:
    """Write ``stored`` and ``files`` atomically; a folder that cannot be written is no
    error."""
    stored.written_ns = time.time_ns()
    try:
        payloads = [
            pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
            for part in (stored.stamp(), stored.index(), files)
        ]
        folder = os.path.dirname(path)
        _make_folder(folder)
        fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=folder)
    except (OSError, pickle.PicklingError, RecursionError):
        return
    parts = [_head()]
    for payload in payloads:
        parts += [_check(payload), len(payload).to_bytes(8, "big"), payload]
    write_atomically(fd, tmp, path, b"".join(parts))


def write_atomically(fd: int, tmp: str, path: str, data: bytes) -> None:
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _check(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_DIGEST).digest()


def _make_folder(folder: str) -> None:
    if os.path.isdir(folder):
        return
    os.makedirs(folder, exist_ok=True)
    for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _TAG)):
        try:
            with open(os.path.join(folder, name), "x", encoding="utf-8") as handle:
                handle.write(text)
        except OSError:  # another process made it first
            pass


def trusted(size: int, mtime_ns: int, known: tuple[int, int] | None, written_ns: int) -> bool:
    """Whether a stat alone says a file (or folder) is as it was read: the same size and
    time, and that time not near the cache's writing."""
    return known == (size, mtime_ns) and mtime_ns < written_ns - RACY_NS
