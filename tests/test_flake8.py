"""The real flake8 executable loads the plugin and prints the findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import FIXTURES, expected, flake8


def test_flake8_reports_the_fixture_markers() -> None:
    path = FIXTURES / "tutorial_safer.py"
    result = flake8("--select", "ASL", str(path), on_path=True, timeout=120)
    assert result.returncode == 1, result.stderr
    lines = {
        (int(line.split(":")[1]), line.split(": ", 1)[1].split()[0])
        for line in result.stdout.splitlines()
    }
    assert lines == expected(path)
    assert "without 'global LOGGER_TASK'" in result.stdout


def test_flake8_options_from_config(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import asyncio\n"
        "from mylib import boot_logs\n\n"
        "async def main():\n"
        "    asyncio.create_task(boot_logs())\n",
        encoding="utf-8",
    )
    assert flake8("--select", "ASL", "app.py", cwd=tmp_path, on_path=True, timeout=120).stdout == ""
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nasynclog-starter-names = boot_logs\n", encoding="utf-8"
    )
    result = flake8("--select", "ASL", "app.py", cwd=tmp_path, on_path=True, timeout=120)
    assert "ASL201" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("noqa", ["# noqa", "# noqa: ASL201"])
def test_flake8_honours_noqa(tmp_path: Path, noqa: str) -> None:
    (tmp_path / "app.py").write_text(
        f"import asyncio\n\nasync def main():\n    asyncio.create_task(init_logger())  {noqa}\n",
        encoding="utf-8",
    )
    assert flake8("--select", "ASL", "app.py", cwd=tmp_path, on_path=True, timeout=120).stdout == ""


def test_flake8_blocking_and_nonblocking_handler_options(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import asyncio\n"
        "import logging\n"
        "import watchtower\n\n"
        "log = logging.getLogger('app')\n"
        "log.addHandler(watchtower.CloudWatchLogHandler())\n\n"
        "async def main():\n"
        "    log.info('hi')\n",
        encoding="utf-8",
    )
    unknown = flake8("--select", "ASL", "app.py", cwd=tmp_path, on_path=True, timeout=120)
    assert unknown.stdout == ""  # unknown class
    blocking = flake8(
        "--select",
        "ASL",
        "--asynclog-blocking-handlers",
        "watchtower.CloudWatchLogHandler",
        "app.py",
        cwd=tmp_path,
        on_path=True,
        timeout=120,
    )
    assert "ASL101" in blocking.stdout and "CloudWatchLogHandler" in blocking.stdout
    (tmp_path / "app.py").write_text(
        (tmp_path / "app.py")
        .read_text()
        .replace("watchtower.CloudWatchLogHandler()", "logging.FileHandler('x')"),
        encoding="utf-8",
    )
    quiet = flake8(
        "--select",
        "ASL",
        "--asynclog-nonblocking-handlers",
        "logging.FileHandler",
        "app.py",
        cwd=tmp_path,
        on_path=True,
        timeout=120,
    )
    assert quiet.stdout == ""


SERVICE = """\
import asyncio
import logging

log = logging.getLogger("svc")
log.addHandler(logging.FileHandler("svc.log"))


async def handle(request):
    log.info("got %s", request)
    await asyncio.sleep(0)
    log.info("done %s", request)
    log.debug("bye")


async def main():
    log.info("start")
    await handle("x")


asyncio.run(main())
"""


def test_a_coroutine_is_reported_once_unless_every_call_is_asked(tmp_path: Path) -> None:
    (tmp_path / "svc.py").write_text(SERVICE)
    once = flake8(
        "--select",
        "ASL",
        "--asynclog-no-project",
        "svc.py",
        cwd=tmp_path,
        on_path=True,
        timeout=120,
    ).stdout
    rows = [line.split(":")[1] + " " + line.split(": ", 1)[1][:6] for line in once.splitlines()]
    assert rows == ["5 ASL103", "9 ASL101", "16 ASL101"], once
    assert (
        "'handle' writes through FileHandler (line 5) on the event loop (and 2 more calls" in once
    )
    assert "(2 coroutines log through it)" in once
    every = flake8(
        "--select",
        "ASL",
        "--asynclog-no-project",
        "--asynclog-every-call",
        "svc.py",
        cwd=tmp_path,
        on_path=True,
        timeout=120,
    ).stdout
    assert [line.split(":")[1] for line in every.splitlines()] == ["5", "9", "11", "12", "16"]
    assert "more call" not in every
