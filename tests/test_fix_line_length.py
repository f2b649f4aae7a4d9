"""The fixer keeps the code it writes inside the project's line length.

The line length is the smallest of flake8's ``max-line-length``, ruff's
``line-length`` and black's ``line-length`` that the project sets (79, flake8's
default, when none is set). A call the fix makes longer than that is split as
black splits it, and the result is left alone by the real black and ruff format.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from flake8_asynclog.fix.line_length import project_line_length

from .helpers import checkout_env, fixer, run

COROUTINE_HANDLER = """\
import asyncio
import logging

log = logging.getLogger("jobs")


async def run_job(job_id, folder):
    {line}
    log.addHandler(handler)
    log.info("job %s", job_id)
    await asyncio.sleep(0)
    handler.close()  # noqa: ASL104
"""

LOGURU = """\
import asyncio

from loguru import logger


def setup(folder):
    {line}


async def poll():
    logger.info("polled")
    await asyncio.sleep(0)
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("files", "length"),
    [
        ({}, 79),
        ({"setup.cfg": "[flake8]\nmax-line-length = 100\n"}, 100),
        ({"tox.ini": "[flake8]\nmax_line_length=120\n"}, 120),
        ({"pyproject.toml": "[tool.ruff]\nline-length = 88\n"}, 88),
        ({"ruff.toml": "line-length = 72\n"}, 72),
        ({".ruff.toml": "line-length = 90\n"}, 90),
        ({"pyproject.toml": "[tool.black]\nline-length = 99\n"}, 99),
        (
            {
                "setup.cfg": "[flake8]\nmax-line-length = 120\n",
                "pyproject.toml": "[tool.black]\nline-length = 100\n",
            },
            100,
        ),
        ({"setup.cfg": "[flake8]\nmax-line-length = wide\n"}, 79),
        ({"pyproject.toml": "[tool.ruff]\nline-length = 'x'\n"}, 79),
        ({"pyproject.toml": "[tool.ruff\n"}, 79),
    ],
    ids=[
        "default", "flake8-setup.cfg", "flake8-tox.ini", "ruff-pyproject", "ruff.toml",
        ".ruff.toml", "black", "smallest", "bad-flake8", "bad-ruff", "broken-toml",
    ],
)  # fmt: skip
def test_line_length_is_the_smallest_the_project_sets(
    files: dict[str, str], length: int, tmp_path: Path
) -> None:
    (tmp_path / ".git").mkdir()
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "pkg").mkdir()
    start = str(tmp_path / "pkg")
    assert project_line_length(start) == length


def fixed(folder: Path, name: str, text: str) -> str:
    path = write(folder, name, text)
    result = fixer(name, cwd=folder, env=checkout_env())
    assert result.returncode == 1, result.stdout + result.stderr
    return path.read_text(encoding="utf-8")


def assert_formatted(folder: Path, name: str, length: int) -> None:
    pytest.importorskip("black")
    isolated = ["--isolated", "--line-length", str(length)]
    assert run("ruff", "format", *isolated, "--check", name, cwd=folder).returncode == 0
    black = run("black", "-q", "-l", str(length), "--check", name, cwd=folder)
    assert black.returncode == 0, black.stderr


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'handler = logging.FileHandler(f"{folder}/job-{job_id}.log", mode="a")',
            [
                "    handler = logging.FileHandler(",
                '        f"{folder}/job-{job_id}.log", mode="a", delay=True',
                "    )",
            ],
        ),
        (
            "handler = logging.FileHandler(f\"{folder}/some-much-longer-job-name-{job_id}.log\", mode='a', encoding='utf-8')",  # noqa: E501
            [
                "    handler = logging.FileHandler(",
                '        f"{folder}/some-much-longer-job-name-{job_id}.log",',
                "        mode='a',",
                "        encoding='utf-8',",
                "        delay=True,",
                "    )",
            ],
        ),
    ],
    ids=["hanging", "one-per-line"],
)
def test_a_longer_call_is_split_as_black_splits_it(
    line: str, expected: list[str], tmp_path: Path
) -> None:
    text = fixed(tmp_path, "jobs.py", COROUTINE_HANDLER.format(line=line))
    lines = text.splitlines()
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    assert max(map(len, lines)) <= 79
    if "'" not in line:  # black would change the quotes of the original, not the fix
        assert_formatted(tmp_path, "jobs.py", 79)


def test_a_call_that_fits_stays_on_its_line(tmp_path: Path) -> None:
    line = 'handler = logging.FileHandler(f"{folder}/job-{job_id}.log")'
    text = fixed(tmp_path, "jobs.py", COROUTINE_HANDLER.format(line=line))
    assert '    handler = logging.FileHandler(f"{folder}/job-{job_id}.log", delay=True)' in text


def test_the_projects_longer_line_length_is_used(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text("[flake8]\nmax-line-length = 100\n", encoding="utf-8")
    line = 'handler = logging.FileHandler(f"{folder}/job-{job_id}.log", mode="a")'
    text = fixed(tmp_path, "jobs.py", COROUTINE_HANDLER.format(line=line))
    assert f"    {line[:-1]}, delay=True)" in text


def test_the_loguru_fix_is_split_too(tmp_path: Path) -> None:
    line = 'logger.add(f"{folder}/poller.log", format="{level} {message}", level="DEBUG")'
    text = fixed(tmp_path, "poller.py", LOGURU.format(line=line))
    assert (
        "\n".join(
            [
                "    logger.add(",
                '        f"{folder}/poller.log",',
                '        format="{level} {message}",',
                '        level="DEBUG",',
                "        enqueue=True,",
                "    )",
            ]
        )
        in text
    )
    assert max(map(len, text.splitlines())) <= 79
    assert_formatted(tmp_path, "poller.py", 79)


def test_a_call_inside_another_expression_is_left_long(tmp_path: Path) -> None:
    """Only a call that is the statement's outermost bracket is split (black would
    split the outer one first); the fix is still made."""
    line = 'handlers = [logging.FileHandler(f"{folder}/job-{job_id}.log", mode="a")]'
    source = COROUTINE_HANDLER.format(line=line).replace(
        "log.addHandler(handler)", "log.addHandler(handlers[0])"
    )
    text = fixed(tmp_path, "jobs.py", source.replace("handler.close()", "handlers[0].close()"))
    assert 'mode="a", delay=True)]' in text
