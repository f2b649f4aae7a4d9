"""The code the fix writes passes the real ruff (E, W, F, UP, I) and is left alone by the
real ``ruff format`` and ``black``, at flake8's default line length (79)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import FIXTURES, checkout_env, fixer, run

PROGRAMS = [*sorted((FIXTURES / "runtime").glob("*.py")), FIXTURES / "tutorial_blocking.py"]
BLACK = ["black", "-q", "-l", "79"]  # python -m black
PRIVATE = re.compile(r"\._[A-Za-z]")
ISOLATED = ["--isolated", "--line-length", "79", "--target-version", "py39"]


def problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    """ruff's findings without their positions (the fix moves lines)."""
    return sorted(line.split(": ", 1)[1] for line in result.stdout.splitlines() if ": " in line)


def clean_copy(program: Path, folder: Path) -> Path:
    """``program`` made clean first (black, ruff's import order and line length)."""
    copy = Path(shutil.copy(program, folder / program.name))
    run(*BLACK, copy.name, cwd=folder)
    run("ruff", "check", *ISOLATED, "--select", "I", "--fix", "-q", copy.name, cwd=folder)
    return copy


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_fixed_code_is_clean_under_ruff_and_black(program: Path, tmp_path: Path) -> None:
    pytest.importorskip("black")
    copy = clean_copy(program, tmp_path)
    rules = ["--select", "E,W,F,UP,I", "--ignore", "E402"]
    rules += ["--output-format", "concise"]
    before = run("ruff", "check", *ISOLATED, *rules, "-q", copy.name, cwd=tmp_path)
    original = copy.read_text(encoding="utf-8").splitlines()
    fixed = fixer(copy.name, cwd=copy.parent, env=checkout_env())
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    after = run("ruff", "check", *ISOLATED, *rules, "-q", copy.name, cwd=tmp_path)
    assert problems(after) == problems(before)
    text = copy.read_text(encoding="utf-8")
    assert run("ruff", "format", *ISOLATED, "--check", copy.name, cwd=tmp_path).returncode == 0
    black = run(*BLACK, "--check", copy.name, cwd=tmp_path)
    assert black.returncode == 0, black.stderr
    assert copy.read_text(encoding="utf-8") == text
    added = [line for line in text.splitlines() if line not in original]
    assert added and not any(PRIVATE.search(line) for line in added), "no private attributes"


def test_generated_class_passes_mypy_strict(tmp_path: Path) -> None:
    from flake8_asynclog.fix.transforms.queue_setup import HELPER, IMPORTS

    imports = "".join(f"import {name}\n" for name, _ in IMPORTS)
    (tmp_path / "generated.py").write_text(
        imports + HELPER + "\nWriteOffLoop.install(logging.getLogger())\n"
    )
    mypy = ["mypy", "--strict", "--no-incremental"]
    result = run(*mypy, "generated.py", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
