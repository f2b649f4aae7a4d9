"""Shared test helpers: markers in fixture files, running the checker on them, and running
commands (:func:`run`, the one way the tests start a process and wait for it)."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flake8_asynclog.checker import analyze
from flake8_asynclog.settings import DEFAULT_SETTINGS, Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
_CODE = r"ASL\d{3}(?::\d+)?"
_LIST = rf"({_CODE}(?:\s*,\s*{_CODE})*)"
_MARKER = re.compile(rf"#\s*error:\s*{_LIST}")
# A later call of a coroutine already reported: flagged only with --asynclog-every-call.
_EVERY_CALL_MARKER = re.compile(rf"#\s*every-call:\s*{_LIST}")
EVERY_CALL = dataclasses.replace(DEFAULT_SETTINGS, every_call=True)


def markers(path: Path, marker: re.Pattern[str] = _MARKER) -> set[tuple[int, str, int | None]]:
    """``(line, code, column)`` for every ``# error: ASLnnn`` / ``# error: ASLnnn:COL``
    marker in a file (the column 1-based, as flake8 prints it; ``None`` when not given)."""
    out = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = marker.search(line)
        if match:
            for item in match.group(1).split(","):
                code, _, column = item.strip().partition(":")
                out.add((number, code, int(column) if column else None))
    return out


def expected(path: Path) -> set[tuple[int, str]]:
    """``(line, code)`` for every marker in a file."""
    return {(line, code) for line, code, _ in markers(path)}


def expected_every_call(path: Path) -> set[tuple[int, str]]:
    """``(line, code)`` of the ``# error:`` and the ``# every-call:`` markers."""
    later = {(line, code) for line, code, _ in markers(path, _EVERY_CALL_MARKER)}
    return expected(path) | later


def found(path: Path, settings: Settings = DEFAULT_SETTINGS) -> set[tuple[int, str]]:
    """``(line, code)`` for every finding of the checker on a file."""
    return {(line, code) for line, code, _ in found_at(path, settings)}


def found_at(path: Path, settings: Settings = DEFAULT_SETTINGS) -> set[tuple[int, str, int]]:
    """``(line, code, column)`` (1-based) for every finding of the checker on a file
    (strict: a rule or the model failing on it is a test failure, not a silent miss)."""
    source = path.read_text(encoding="utf-8")
    found = analyze(source, str(path), settings, strict=True)
    return {(f.line, f.code, f.col + 1) for f in found}


def run(
    *argv: str,
    cwd: Path | None = None,
    stdin: str | bytes | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
    text: bool = True,
    python: bool = True,
    check: bool = False,
) -> subprocess.CompletedProcess[Any]:
    """Run a command (``python -m ARGV`` with this interpreter when ``python``, else ``ARGV``)
    and capture its output, as ``str`` when ``text`` and ``bytes`` otherwise.

    ``stdin`` is written to its standard input (``None``: it inherits the tests' own);
    ``env`` replaces the whole environment (``None``: it inherits it). A non-zero exit
    status raises only when ``check``; the timeout always does.
    """
    command = [sys.executable, "-m", *argv] if python else list(argv)
    return subprocess.run(
        command,
        cwd=cwd,
        input=stdin,
        env=env,
        capture_output=True,
        text=text,
        timeout=timeout,
        check=check,
    )


def run_script(
    path: Path | str,
    *args: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
    text: bool = True,
    check: bool = False,
) -> subprocess.CompletedProcess[Any]:
    """A Python file run by this interpreter: ``python PATH ARGS``."""
    return run(
        sys.executable, str(path), *args, cwd=cwd, env=env, timeout=timeout, text=text,
        python=False, check=check,
    )  # fmt: skip


def checkout_env() -> dict[str, str]:
    """The environment with ``PYTHONPATH`` set to this checkout: a command imports the
    package from here, whatever is installed."""
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def fixer(
    *args: str,
    cwd: Path,
    stdin: str | bytes | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
    text: bool = True,
) -> subprocess.CompletedProcess[Any]:
    """The real fixer command: ``python -m flake8_asynclog.fix ARGS``."""
    return run(
        "flake8_asynclog.fix", *args, cwd=cwd, stdin=stdin, env=env, timeout=timeout, text=text
    )


def flake8(
    *args: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
    on_path: bool = False,
) -> subprocess.CompletedProcess[str]:
    """The real flake8: ``python -m flake8 ARGS``; with ``on_path``, the ``flake8`` script on
    ``PATH`` (what a user types) when there is one."""
    script = shutil.which("flake8") if on_path else None
    if script:
        return run(script, *args, cwd=cwd, env=env, timeout=timeout, python=False)
    return run("flake8", *args, cwd=cwd, env=env, timeout=timeout)
