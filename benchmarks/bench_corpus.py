"""The benchmark corpus: a fixed slice of the running Python's standard library."""

from __future__ import annotations

import os
import shutil
import sysconfig
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

#: Packages of the standard library the corpus is taken from, in this order.
PACKAGES = (
    "asyncio",
    "logging",
    "concurrent",
    "http",
    "email",
    "json",
    "urllib",
    "unittest",
    "importlib",
    "multiprocessing",
    "xml",
    # Fillers, used only as far as needed to reach --files.
    "xmlrpc",
    "wsgiref",
    "html",
    "ctypes",
    "dbm",
    "zoneinfo",
    "collections",
    "tomllib",
    "sqlite3",
)
#: Folders left out of the corpus (tests, and names flake8 or the fixer never walk into).
SKIP_DIRS = frozenset(
    {"test", "tests", "idle_test", "__pycache__", "build", "dist", "env", "venv", "node_modules"}
)


@dataclass(frozen=True)
class Corpus:
    roots: dict[int, Path]  # scale -> its own project folder
    files: tuple[str, ...]  # paths relative to a copy folder
    lines: int  # per copy
    nbytes: int  # per copy
    packages: tuple[str, ...]

    def copies(self, scale: int) -> list[str]:
        """The folder names (relative to ``roots[scale]``) making up the corpus at ``scale``."""
        return [f"copy{i}" for i in range(1, scale + 1)]


def stdlib_dir() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def select_files(limit: int) -> list[tuple[str, Path]]:
    """The deterministic slice: ``(relative name, source path)`` pairs, at most ``limit``."""
    std = stdlib_dir()
    chosen: list[tuple[str, Path]] = []
    for package in PACKAGES:
        top = std / package
        if not top.is_dir():
            continue
        for root, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                source = Path(root) / name
                chosen.append((source.relative_to(std).as_posix(), source))
                if len(chosen) >= limit:
                    return chosen
    return chosen


def build_corpus(workdir: Path, limit: int, scales: Sequence[int], loose: bool) -> Corpus:
    """One folder per scale, ``corpus-xK/copy1..copyK``: each its own project, so the
    plugin's project scan at scale 1 reads only the scale-1 files."""
    pairs = select_files(limit)
    if not pairs:
        raise SystemExit(f"bench: no .py files found under {stdlib_dir()}")
    lines = nbytes = 0
    for _rel, source in pairs:
        data = source.read_bytes()
        lines += data.count(b"\n") + (0 if not data or data.endswith(b"\n") else 1)
        nbytes += len(data)
    roots: dict[int, Path] = {}
    for scale in scales:
        root = roots[scale] = workdir / f"corpus-x{scale}"
        root.mkdir()
        # An empty [flake8] section: flake8 and the fixer stop looking for a
        # configuration here, so both run with the defaults. setup.cfg also marks
        # the project root for the plugin's project scan; .flake8 does not.
        config = ".flake8" if loose else "setup.cfg"
        (root / config).write_text("[flake8]\n", encoding="utf-8")
        for copy in [f"copy{i}" for i in range(1, scale + 1)]:
            for rel, source in pairs:
                target = root / copy / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
    packages = tuple(dict.fromkeys(rel.split("/", 1)[0] for rel, _ in pairs))
    return Corpus(roots, tuple(rel for rel, _ in pairs), lines, nbytes, packages)
