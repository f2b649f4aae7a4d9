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

Safety: the file starts with a magic line, the format, and a digest of the rest; a
file that is truncated, corrupt, foreign, of another version of the tool or of its
sources (a hash of their sizes and times) is ignored and rebuilt. It is read with an
unpickler that builds only the index's own classes. Writes go to a temporary file in
the same folder and :func:`os.replace` it: processes that build at once (pre-commit,
``-j`` workers) each write a whole, valid file, and the last one stays. A file
modified within :data:`RACY_NS` of the cache's writing is hashed again on the next
run: its time alone cannot tell an edit made in the same tick.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import __version__
from ..settings import Settings

MAGIC = b"flake8-asynclog project index\n"
FORMAT = 1
RACY_NS = 2_000_000_000
ENV_DIR = "FLAKE8_ASYNCLOG_CACHE_DIR"
DEFAULT_DIR = ".asynclog_cache"
_GITIGNORE = "# Made by flake8-asynclog: the project index cache.\n*\n"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# flake8-asynclog's cache.\n"
_DIGEST = 32


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


@dataclass
class Stored:
    """The whole cache of one project root and set of options."""

    files: dict[str, FileFacts] = field(default_factory=dict)  # real path -> facts
    fingerprint: bytes = b""  # of every file's stat: the graph below is for it
    graph: Any = None  # programs.ProgramGraph
    written_ns: int = 0


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
    """The version of the tool, of Python, and of the tool's own sources (sizes and
    times): an edited checkout never reads an index its older code wrote."""
    global _TOOL
    if _TOOL is None:
        package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        parts = [__version__, sys.version]
        for folder, dirs, files in os.walk(package):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    info = os.stat(os.path.join(folder, name))
                    parts.append(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}")
        _TOOL = digest("\n".join(parts).encode("utf-8", "surrogateescape"))
    return _TOOL


class _IndexUnpickler(pickle.Unpickler):
    """Builds the index's own classes, nothing else (a foreign file cannot run code)."""

    ALLOWED: ClassVar[dict[str, set[str]]] = {
        "flake8_asynclog.model.index_cache": {"FileFacts", "Stored"},
        "flake8_asynclog.model.programs": {"ModuleNode", "Program", "ProgramGraph"},
        "flake8_asynclog.model.project": {"ModuleSummary", "ExternalAttachment"},
        "flake8_asynclog.model.values": {"Imported", "LoggerVal", "LoggerFactory", "HandlerMaker"},
    }

    def find_class(self, module: str, name: str) -> Any:
        if name in self.ALLOWED.get(module, ()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of the index")


def load(path: str) -> Stored | None:
    """The cache at ``path``; ``None`` when missing, unreadable, foreign, corrupt or
    written by another version of the tool."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    head = MAGIC + FORMAT.to_bytes(2, "big") + tool_key()
    if not data.startswith(head) or len(data) < len(head) + _DIGEST:
        return None
    check, payload = data[len(head) : len(head) + _DIGEST], data[len(head) + _DIGEST :]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != check:
        return None
    try:
        stored = _IndexUnpickler(io.BytesIO(payload)).load()
    except Exception:  # a valid digest over a bad payload: still never a crash
        return None
    return stored if isinstance(stored, Stored) else None


def save(path: str, stored: Stored) -> None:
    """Write ``stored`` atomically; a folder that cannot be written is no error."""
    stored.written_ns = time.time_ns()
    try:
        payload = pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL)
        folder = os.path.dirname(path)
        _make_folder(folder)
        head = MAGIC + FORMAT.to_bytes(2, "big") + tool_key()
        check = hashlib.blake2b(payload, digest_size=_DIGEST).digest()
        fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=folder)
    except (OSError, pickle.PicklingError, RecursionError):
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(head + check + payload)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


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


def trusted(facts: FileFacts, stored: Stored, size: int, mtime_ns: int) -> bool:
    """Whether a file's stat alone says it is as read (not modified near the write)."""
    return (
        facts.size == size and facts.mtime_ns == mtime_ns and mtime_ns < stored.written_ns - RACY_NS
    )
