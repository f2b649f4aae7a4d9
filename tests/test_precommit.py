"""The hooks work through the real pre-commit, the way a user tries them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ROOT

APP = """\
import asyncio
import logging

log = logging.getLogger("shop")


def setup_logging():
    log.addHandler(logging.FileHandler("shop.log", delay=True))
    log.setLevel(logging.INFO)


async def order(item):
    log.info("ordered %s", item)
    await asyncio.sleep(0)


async def main():
    setup_logging()
    await order("tea")


if __name__ == "__main__":
    asyncio.run(main())
"""


def pre_commit() -> list[str]:
    exe = shutil.which("pre-commit")
    return [exe] if exe else [sys.executable, "-m", "pre_commit"]


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    repo = tmp_path / "project"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.email", "test@example.invalid", cwd=repo)
    git("config", "user.name", "test", cwd=repo)
    (repo / "app.py").write_text(APP, encoding="utf-8")
    git("add", "app.py", cwd=repo)
    return repo


def try_repo(project: Path, hook: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(project.parent / "pre-commit-home"))
    return subprocess.run(
        [*pre_commit(), "try-repo", str(ROOT), hook, "--all-files"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_lint_fails_fix_rewrites_then_lint_passes(project: Path) -> None:
    lint = try_repo(project, "flake8-asynclog")
    assert lint.returncode == 1, lint.stdout + lint.stderr
    assert "ASL101" in lint.stdout and "ASL103" in lint.stdout

    fixed = try_repo(project, "flake8-asynclog-fix")
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr  # files were modified
    text = (project / "app.py").read_text(encoding="utf-8")
    assert "WriteOffLoop.install(log)" in text

    again = try_repo(project, "flake8-asynclog")
    assert again.returncode == 0, again.stdout + again.stderr

    run = subprocess.run(
        [sys.executable, "app.py"], cwd=project, capture_output=True, text=True, check=True
    )
    assert run.returncode == 0
    assert "ordered tea" in (project / "shop.log").read_text(encoding="utf-8")
