"""Run a program before and after the fix and compare everything it writes.

A program is run as ``python NAME.py OUT`` in a folder of its own, with
``tests/probe`` on ``PYTHONPATH``: its ``sitecustomize`` counts the records a
non-queue handler writes on a thread whose event loop is running. The fixed
copy is made by the real fixer CLI. Outputs are the files under ``OUT``,
stdout, stderr and the exit code; traceback lines may differ only in the
folder and the line number (the fix adds lines above them). Python's warning
that a process forks while multi-threaded is taken out of stderr: after the fix,
the thread ``asyncio.run()`` has just joined may not have left the OS yet when
the program forks (the README's fixer section says so).
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .helpers import ROOT, checkout_env, fixer, run_script

PROBE = ROOT / "tests" / "probe"
# a traceback line, also as a JSON formatter escapes it
_TRACEBACK_LINE = re.compile(r'File (\\?)"[^"]*?\1", line \d+')
# Python 3.12+ on os.fork() while another OS thread exists, and the source line
_FORK_WARNING = re.compile(
    rb"^[^\n]*: DeprecationWarning: This process \(pid=\d+\) is multi-threaded, "
    rb"use of fork\(\) may lead to deadlocks in the child\.\n(  [^\n]*\n)?",
    re.M,
)


@dataclass
class Run:
    """What one run of a program wrote."""

    outputs: dict[str, bytes]
    on_loop: int  # records written by a blocking handler on a running loop's thread

    @property
    def records(self) -> int:
        return sum(text.count(b"\n") for name, text in self.outputs.items() if name != "exit")


def normalized(text: bytes, folder: Path) -> bytes:
    """``text`` without what may differ between the two copies: folder, traceback line numbers."""
    text = text.replace(os.fsencode(folder), b"<folder>")
    plain = text.decode("utf-8", "surrogateescape")
    return _TRACEBACK_LINE.sub(r'File \1"<file>\1", line <n>', plain).encode(
        "utf-8", "surrogateescape"
    )


def run_program(script: Path, timeout: float = 120) -> Run:
    """Run ``script`` (already in its own folder) and collect what it wrote.

    A program whose docstring says ``order: free`` writes from several threads at
    once: its files are compared as lists of lines grouped by their first word (the
    thread), so each thread's own order still counts.
    """
    folder = script.parent
    out = folder / "out"
    out.mkdir()
    probe = folder / "on-loop.count"
    env = dict(os.environ, PYTHONPATH=str(PROBE), ASYNCLOG_ONLOOP=str(probe))
    env.pop("PYTHONSTARTUP", None)
    done = run_script(script.name, str(out), cwd=folder, env=env, timeout=timeout, text=False)
    outputs = {
        "exit": str(done.returncode).encode(),
        "stdout": normalized(done.stdout, folder),
        "stderr": _FORK_WARNING.sub(b"", normalized(done.stderr, folder)),
    }
    free = "\norder: free" in script.read_text(encoding="utf-8")
    for path in sorted(out.rglob("*")):
        if path.is_file():
            text = normalized(path.read_bytes(), folder)
            if free:  # stable sort by the first word keeps each thread's order
                lines = sorted(text.splitlines(keepends=True), key=lambda x: x.split(b" ", 1)[0])
                text = b"".join(lines)
            outputs[str(path.relative_to(out))] = text
    on_loop = probe.stat().st_size if probe.exists() else 0
    return Run(outputs, on_loop)


def before_and_after(program: Path, work: Path) -> tuple[Run, Run, str]:
    """Runs of ``program`` as written and as fixed (each copied under ``work``), and the fix."""
    copies = []
    for name in ("before", "after"):
        folder = work / name
        folder.mkdir(parents=True)
        copies.append(Path(shutil.copy(program, folder / program.name)))
    fixed = fixer(copies[1].name, cwd=copies[1].parent, env=checkout_env())
    if fixed.returncode != 1:
        raise AssertionError(f"the fixer changed nothing: {fixed.stdout}{fixed.stderr}")
    before, after = run_program(copies[0]), run_program(copies[1])
    prints = re.search(r"^prints: (.+)$", program.read_text(encoding="utf-8"), re.M)
    if prints:
        printed = [
            line
            for line in before.outputs["stdout"].splitlines()
            if line.startswith(prints[1].encode())
        ]
        for run in (before, after):
            run.outputs["stdout"] = without_prints(run.outputs["stdout"], printed)
    return before, after, copies[1].read_text(encoding="utf-8")


def without_prints(stdout: bytes, printed: list[bytes]) -> bytes:
    """``stdout`` with the records in their order, then the ``printed`` lines found.

    A program whose docstring has a ``prints: PREFIX`` line also prints, from the
    loop, lines starting with PREFIX to the stream its handler writes to. After the
    fix a record is written a moment after its call and ``print()`` at once, so the
    two can interleave differently, even inside a line (``print()`` writes its text
    and its newline separately); the README's fixer section says so. Each print's text
    is taken out (its first occurrence, in order), then the empty lines its newline
    left; what remains must be the records in their order.
    """
    found = []
    for text in printed:
        at = stdout.find(text)
        if at >= 0:
            stdout = stdout[:at] + stdout[at + len(text) :]
            found.append(text)
    records = [line for line in stdout.splitlines(keepends=True) if line.strip()]
    return b"".join([*records, b"-- print() --\n", *(text + b"\n" for text in found)])
