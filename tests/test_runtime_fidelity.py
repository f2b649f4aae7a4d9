"""The fixed program writes every record the original wrote, and none on the event loop.

Each program of ``fixtures/runtime`` (one way real programs run: records after
the loop, many loops, forks, threads, signals, custom formatters ...) is run
before and after the real fixer; see :mod:`tests.fidelity`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from flake8_asynclog.checker import analyze
from flake8_asynclog.settings import DEFAULT_SETTINGS

from .fidelity import before_and_after, run_program
from .helpers import FIXTURES

# the runtime scenarios, and the fix pairs whose programs take an output folder
PROGRAMS = [
    *sorted((FIXTURES / "runtime").glob("*.py")),
    *sorted((FIXTURES / "runtime" / "blind").glob("*.py")),  # written from the issue alone
    FIXTURES / "fix" / "queue_next_to_file.py",
]


@pytest.mark.parametrize(
    "program", PROGRAMS, ids=[str(p.relative_to(FIXTURES).with_suffix("")) for p in PROGRAMS]
)
def test_fixed_program_writes_the_same_records_off_the_loop(program: Path, tmp_path: Path) -> None:
    needs = re.search(r"^requires: (\d+)\.(\d+)", program.read_text(encoding="utf-8"), re.M)
    if needs and sys.version_info < (int(needs[1]), int(needs[2])):
        pytest.skip(f"known difference before Python {needs[1]}.{needs[2]} (see the program)")
    before, after, fixed_text = before_and_after(program, tmp_path)
    assert before.records > 0
    assert before.on_loop > 0, "the scenario must log on the loop through a blocking handler"
    assert after.outputs == before.outputs
    assert after.on_loop == 0
    left = [f for f in analyze(fixed_text, program.name, DEFAULT_SETTINGS) if f.fix is not None]
    assert not left


def test_the_comparison_leaves_out_only_the_warning_of_a_multi_threaded_fork(
    tmp_path: Path,
) -> None:
    script = tmp_path / "forks.py"
    script.write_text(
        "import os, sys, threading\n"
        "ready, done = threading.Event(), threading.Event()\n"
        "t = threading.Thread(target=lambda: (ready.set(), done.wait()))\n"
        "t.start()\n"
        "ready.wait()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    os._exit(0)\n"
        "os.waitpid(pid, 0)\n"
        "done.set()\n"
        "print('kept', file=sys.stderr)\n",
        encoding="utf-8",
    )
    run = run_program(script)
    assert run.outputs["stderr"] == b"kept\n"
