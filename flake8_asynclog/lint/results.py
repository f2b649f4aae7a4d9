"""The checker's findings kept per file text, beside the project index cache.

A file's findings depend on its own text, the options, and the rest of the project.
When the project index cache is current (no project file, config file read by a
set-up, or ``pyproject.toml`` changed since it was written: see
:func:`~flake8_asynclog.model.scan.unchanged_project`), the findings kept for the
same text under the same options are the findings: the file is not even parsed.
Kept in ``results-*.pickle`` next to the index, written once per run by the main
process, atomically; read by the same restricted unpickler as the index.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from typing import Any

from ..findings import Finding
from ..model import index_cache
from ..model.scan import unchanged_project

_MAX_ENTRIES = 5000
Key = tuple[str, bytes]  # (the results file, the project's fingerprint)
_LOADED: dict[Key, dict[str, tuple[bytes, list[Finding]]]] = {}


def _stable(value: object) -> object:
    """A form of the options whose ``repr`` is the same in every process."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple((f.name, _stable(getattr(value, f.name))) for f in dataclasses.fields(value))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(repr(_stable(item)) for item in value))
    if isinstance(value, (list, tuple)):
        return tuple(_stable(item) for item in value)
    return value


def results_file(filename: str, options: object, settings: Any) -> Key | None:
    """Where the results for ``filename`` under ``options`` are kept, when its project's
    cache is current (``None``: nothing may be reused)."""
    current = unchanged_project(filename, settings)
    if current is None:
        return None
    where, fingerprint = current
    name = hashlib.sha256(repr(_stable(options)).encode()).hexdigest()[:20]
    return os.path.join(os.path.dirname(where), f"results-{name}.pickle"), fingerprint


def text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def lookup(key: Key, filename: str, digest: bytes) -> list[Finding] | None:
    """The findings kept for this text of ``filename`` (``None``: none)."""
    entry = _entries(key).get(os.path.realpath(filename))
    return list(entry[1]) if entry is not None and entry[0] == digest else None


def store(key: Key, found: list[tuple[str, bytes, list[Finding]]]) -> None:
    """Keep the findings of the files checked now (written atomically, once)."""
    if not found:
        return
    entries = dict(_entries(key))
    for filename, digest, findings in found:
        entries[os.path.realpath(filename)] = (digest, findings)
    if len(entries) > _MAX_ENTRIES:
        entries = dict(list(entries.items())[-_MAX_ENTRIES:])
    _LOADED[key] = entries
    path, fingerprint = key
    index_cache.write_checked(path, (fingerprint, entries))


def _entries(key: Key) -> dict[str, tuple[bytes, list[Finding]]]:
    if key not in _LOADED:
        _LOADED[key] = _read(key)
    return _LOADED[key]


def _read(key: Key) -> dict[str, tuple[bytes, list[Finding]]]:
    path, fingerprint = key
    loaded = index_cache.read_checked(path)
    if not isinstance(loaded, tuple) or len(loaded) != 2 or loaded[0] != fingerprint:
        return {}  # missing, unreadable, or written for another state of the project
    entries = loaded[1]
    return entries if isinstance(entries, dict) else {}
