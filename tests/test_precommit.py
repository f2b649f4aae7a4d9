"""The hooks work through the real pre-commit, the way a user tries them."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from .helpers import ROOT, run, run_script

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


@pytest.fixture
def project(tmp_path: Path) -> Path:
    repo = tmp_path / "project"
    repo.mkdir()
    for command in (
        ("init", "-q"),
        ("config", "user.email", "test@example.invalid"),
        ("config", "user.name", "test"),
    ):
        run("git", *command, cwd=repo, text=False, python=False, check=True)
    (repo / "app.py").write_text(APP, encoding="utf-8")
    run("git", "add", "app.py", cwd=repo, text=False, python=False, check=True)
    return repo


def test_lint_fails_fix_rewrites_then_lint_passes(project: Path) -> None:
    env = dict(os.environ, PRE_COMMIT_HOME=str(project.parent / "pre-commit-home"))
    try_repo = (*pre_commit(), "try-repo", str(ROOT))
    lint = run(
        *try_repo, "flake8-asynclog", "--all-files", cwd=project, env=env, timeout=900, python=False
    )
    assert lint.returncode == 1, lint.stdout + lint.stderr
    assert "ASL101" in lint.stdout and "ASL103" in lint.stdout

    fixed = run(
        *try_repo,
        "flake8-asynclog-fix",
        "--all-files",
        cwd=project,
        env=env,
        timeout=900,
        python=False,
    )
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr  # files were modified
    text = (project / "app.py").read_text(encoding="utf-8")
    assert "WriteOffLoop.install(log)" in text

    again = run(
        *try_repo, "flake8-asynclog", "--all-files", cwd=project, env=env, timeout=900, python=False
    )
    assert again.returncode == 0, again.stdout + again.stderr

    through_flake8 = run(
        *try_repo, "flake8-asynclog-flake8", "--all-files", cwd=project, env=env, timeout=900,
        python=False,
    )  # fmt: skip
    assert through_flake8.returncode == 0, through_flake8.stdout + through_flake8.stderr

    done = run_script("app.py", cwd=project, check=True)
    assert done.returncode == 0
    assert "ordered tea" in (project / "shop.log").read_text(encoding="utf-8")


def test_both_lint_hooks_flag_and_the_checker_fails_on_broken_input(project: Path) -> None:
    env = dict(os.environ, PRE_COMMIT_HOME=str(project.parent / "pre-commit-home"))
    try_repo = (*pre_commit(), "try-repo", str(ROOT))
    flake8_route = run(
        *try_repo, "flake8-asynclog-flake8", "--all-files", cwd=project, env=env, timeout=900,
        python=False,
    )  # fmt: skip
    assert flake8_route.returncode == 1, flake8_route.stdout + flake8_route.stderr
    assert "ASL101" in flake8_route.stdout and "ASL103" in flake8_route.stdout

    (project / "app.py").write_text("import logging\nasync def f(:\n", encoding="utf-8")
    broken = run(
        *try_repo, "flake8-asynclog", "--all-files", cwd=project, env=env, timeout=900,
        python=False,
    )  # fmt: skip
    assert broken.returncode == 1, broken.stdout + broken.stderr  # pre-commit: hook failed
    assert "app.py:2:" in broken.stdout and "E999" in broken.stdout
    assert (
        ".asynclog_cache"
        not in run("git", "status", "--porcelain", cwd=project, python=False).stdout
    )  # the cache folder ignores itself


def readme_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## pre-commit") :]
    return section[section.index("```yaml") + len("```yaml") : section.index("```\n", 8)]


def test_the_readme_snippet_works_as_written(project: Path) -> None:
    snippet = readme_snippet()
    rev = re.search(r"rev: (\S+)", snippet)
    assert rev is not None
    shallow = run("git", "rev-parse", "--is-shallow-repository", cwd=ROOT, python=False)
    if shallow.returncode != 0 or shallow.stdout.strip() != "false":
        pytest.skip("this checkout has no full history to hold the README's rev")
    exists = run("git", "cat-file", "-e", f"{rev.group(1)}^{{commit}}", cwd=ROOT, python=False)
    assert exists.returncode == 0, f"the README's rev {rev.group(1)} is not in this repository"
    hooks = run("git", "show", f"{rev.group(1)}:.pre-commit-hooks.yaml", cwd=ROOT, python=False)
    for hook in re.findall(r"- id: (\S+)", snippet):
        assert f"- id: {hook}\n" in hooks.stdout, hook

    config = re.sub(r"repo: \S+", f"repo: {ROOT}", snippet)
    (project / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    env = dict(os.environ, PRE_COMMIT_HOME=str(project.parent / "pre-commit-home"))
    first = run(*pre_commit(), "run", "--all-files", cwd=project, env=env, timeout=900,
                python=False)  # fmt: skip
    assert first.returncode == 1, first.stdout + first.stderr  # the fix hook changed app.py
    assert "WriteOffLoop.install(log)" in (project / "app.py").read_text(encoding="utf-8")
    second = run(*pre_commit(), "run", "--all-files", cwd=project, env=env, timeout=900,
                 python=False)  # fmt: skip
    assert second.returncode == 0, second.stdout + second.stderr
