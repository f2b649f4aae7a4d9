"""Cross-module analysis: handlers configured in one module, coroutines logging in another."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helpers import FIXTURES, expected, fixer, flake8

PROJECT = FIXTURES / "project"


def findings(stdout: str, base: Path) -> set[tuple[str, int, str]]:
    out = set()
    for line in stdout.splitlines():
        path, row, _, rest = line.split(":", 3)
        out.add(((base / path).resolve().relative_to(base.resolve()).as_posix(), int(row),
                 rest.split()[0]))  # fmt: skip
    return out


def markers(root: Path) -> set[tuple[str, int, str]]:
    return {
        (path.relative_to(root).as_posix(), line, code)
        for path in root.rglob("*.py")
        for line, code in expected(path)
    }


def test_flake8_from_the_project_root_flags_across_modules() -> None:
    result = flake8("--select", "ASL", ".", cwd=PROJECT)
    assert result.stderr == ""
    assert findings(result.stdout, PROJECT) == markers(PROJECT)
    assert "attached to 'shop' in shop/logconf.py:12" in result.stdout


def test_only_the_changed_file_as_pre_commit_passes_it() -> None:
    result = flake8("--select", "ASL", "shop/logconf.py", cwd=PROJECT)
    assert findings(result.stdout, PROJECT) == {("shop/logconf.py", 12, "ASL103")}
    result = flake8("--select", "ASL", "shop/api/orders.py", cwd=PROJECT)
    assert {code for _, _, code in findings(result.stdout, PROJECT)} == {"ASL101"}


def test_single_file_mode_turns_the_project_scan_off() -> None:
    result = flake8("--select", "ASL", "--asynclog-no-project", ".", cwd=PROJECT)
    assert result.returncode == 0, result.stdout


def test_fixing_the_config_module_fixes_the_whole_program(tmp_path: Path) -> None:
    copy = tmp_path / "project"
    shutil.copytree(PROJECT, copy)
    fixed = fixer("shop/logconf.py", cwd=copy)
    assert fixed.returncode == 1, fixed.stderr
    assert "WriteOffLoop.install(shop)" in (copy / "shop/logconf.py").read_text()
    after = flake8("--select", "ASL", ".", cwd=copy)
    assert after.returncode == 0, after.stdout


PROGRAMS = FIXTURES / "programs"


def test_set_ups_reach_only_the_coroutines_of_their_own_program() -> None:
    result = flake8("--select", "ASL", ".", cwd=PROGRAMS)
    assert result.stderr == ""
    assert findings(result.stdout, PROGRAMS) == markers(PROGRAMS)
    # a plugin loaded by name is in the worker's program; the message names its entry
    assert "in worker/logsetup.py:13, run by worker/run.py)" in result.stdout


def test_each_file_alone_sees_the_same_programs() -> None:
    for path in ("common/util.py", "svc/server.py", "tools/export.py", "worker/plugins/ping.py"):
        result = flake8("--select", "ASL", path, cwd=PROGRAMS)
        want = {m for m in markers(PROGRAMS) if m[0] == path}
        assert findings(result.stdout, PROGRAMS) == want, (path, result.stdout)


def test_the_fixer_leaves_scripts_outside_asyncio_programs_alone(tmp_path: Path) -> None:
    copy = tmp_path / "programs"
    shutil.copytree(PROGRAMS, copy)
    untouched = (
        "tools/export.py", "svc/manage.py", "old_setup.py", "legacy_bot.py", "common/util.py",
        "svc/metrics.py", "svc/slugs.py", "tests/logutil.py",
    )  # fmt: skip
    before = {path: (copy / path).read_bytes() for path in untouched}
    fixed = fixer(".", cwd=copy)
    assert fixed.returncode == 1, fixed.stderr
    assert {path: (copy / path).read_bytes() for path in untouched} == before
    assert "WriteOffLoop" in (copy / "worker/logsetup.py").read_text()


TRAVEL = FIXTURES / "travel"


def test_loggers_imported_from_other_modules_and_wrappers_are_followed() -> None:
    result = flake8("--select", "ASL", ".", cwd=TRAVEL)
    assert result.stderr == ""
    assert findings(result.stdout, TRAVEL) == markers(TRAVEL)
    assert "(6 coroutines log through it)" in result.stdout
    # a module that imports no logging at all is still read (the pre-check lets it in)
    alone = flake8("--select", "ASL", "bot/handlers.py", cwd=TRAVEL)
    assert findings(alone.stdout, TRAVEL) == {("bot/handlers.py", 6, "ASL101")}


def test_a_setup_module_inside_a_package_is_no_project_root(tmp_path: Path) -> None:
    from flake8_asynclog.model import scan

    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'home'\n")
    package = tmp_path / "home"
    (package / "components").mkdir(parents=True)
    for name in ("__init__.py", "setup.py", "components/__init__.py", "components/http.py"):
        (package / name).write_text("")
    assert scan.find_root(str(package / "components" / "http.py")) == str(tmp_path)
    listed = scan.project_files(str(tmp_path), scan.Settings())
    assert str(package / "components" / "http.py") in listed
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "setup.py").write_text("")  # a project of its own
    (tmp_path / "tools" / "run.py").write_text("")
    assert scan.find_root(str(tmp_path / "tools" / "run.py")) == str(tmp_path / "tools")
    listed = scan.project_files(str(tmp_path), scan.Settings())
    assert str(tmp_path / "tools" / "run.py") not in listed


def test_a_forced_basic_config_outside_the_entry_is_not_dropped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'svc'\n")
    (tmp_path / "svc").mkdir()
    (tmp_path / "svc" / "__init__.py").write_text("")
    (tmp_path / "svc" / "logs.py").write_text(
        "import logging\n\n\ndef setup():\n"
        "    logging.basicConfig(handlers=[logging.FileHandler('svc.log')], force=True)\n"
    )
    (tmp_path / "svc" / "work.py").write_text(
        "import asyncio\nimport logging\n\nlog = logging.getLogger('svc.work')\n\n\n"
        "async def work():\n    log.info('working')\n    await asyncio.sleep(0)\n"
    )
    (tmp_path / "main.py").write_text(
        "import asyncio\n\nfrom svc.logs import setup\nfrom svc.work import work\n\n"
        "setup()\nasyncio.run(work())\n"
    )
    (tmp_path / "probe.py").write_text(  # another program: its own queued root
        "import asyncio\nimport logging\nimport queue\nfrom logging.handlers import QueueHandler\n"
        "\nimport svc.logs\nfrom svc.work import work\n\n"
        "if __name__ == '__main__':\n"
        "    logging.basicConfig(handlers=[QueueHandler(queue.SimpleQueue())], force=True)\n"
        "    asyncio.run(work())\n"
    )
    result = flake8("--select", "ASL", "svc/logs.py", cwd=tmp_path)
    assert "svc/logs.py:5:5: ASL103" in result.stdout, result.stdout + result.stderr


DJANGO = FIXTURES / "django_site"


def test_django_settings_logging_reaches_the_async_views_of_the_site() -> None:
    result = flake8("--select", "ASL", ".", cwd=DJANGO)
    assert result.stderr == ""
    assert findings(result.stdout, DJANGO) == markers(DJANGO)
    assert "Django's LOGGING setting makes logger 'shop.orders'" in result.stdout
    assert "flake8_asynclog.fix" not in result.stdout  # Django applies it: no fix offered


def test_the_fixer_does_not_rewrite_django_settings(tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(DJANGO, copy, ignore=shutil.ignore_patterns(".asynclog_cache"))
    before = (copy / "shopsite" / "settings.py").read_text()
    fixed = fixer(".", cwd=copy)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert (copy / "shopsite" / "settings.py").read_text() == before


def test_loguru_sinks_of_other_modules_reach_coroutines_unless_the_module_owns_them(
    tmp_path: Path,
) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'feeds'\n")
    (tmp_path / "bridge.py").write_text(
        "from loguru import logger\n\n\ndef setup():\n"
        "    logger.remove()\n    logger.add('feeds.log')\n"
    )
    (tmp_path / "work.py").write_text(
        "import asyncio\n\nfrom loguru import logger\n\n\n"
        "async def work():\n    logger.info('working')\n    await asyncio.sleep(0)\n"
    )
    (tmp_path / "main.py").write_text(
        "import asyncio\n\nfrom bridge import setup\nfrom work import work\n\n"
        "setup()\nasyncio.run(work())\n"
    )
    (tmp_path / "probe.py").write_text(  # resets loguru itself: its own sinks only
        "import asyncio\nimport sys\n\nfrom loguru import logger\n\nimport bridge\n\n\n"
        "async def probe():\n    logger.info('probing')\n    await asyncio.sleep(0)\n\n\n"
        "if __name__ == '__main__':\n    logger.remove()\n"
        "    logger.add(sys.stderr, enqueue=True)\n    asyncio.run(probe())\n"
    )
    result = flake8("--select", "ASL", ".", cwd=tmp_path)
    want = {("work.py", 7, "ASL108"), ("bridge.py", 6, "ASL108")}  # the call, the sink
    assert findings(result.stdout, tmp_path) == want, result.stdout
    assert "file sink added in bridge.py:6" in result.stdout


SERVED = FIXTURES / "served"


def test_a_procfile_server_makes_a_program_of_the_module_it_serves() -> None:
    result = flake8("--select", "ASL", ".", cwd=SERVED)
    assert result.stderr == ""
    assert findings(result.stdout, SERVED) == markers(SERVED)
    assert "attached to 'webapp' in webapp/asgi.py:7" in result.stdout


FRAMEWORKS = FIXTURES / "frameworks"


def test_set_ups_a_framework_or_server_applies_and_their_look_alikes() -> None:
    """gunicorn's logconfig_dict, discord.py's Client.run(), uvicorn's defaults, config
    files found through os.environ.get() and parents[N], a handler added in a loop over
    logger names; clean: log_handler=None, log_config=None, the project's own
    ``coloredlogs`` package, a helper's logger that does not propagate."""
    result = flake8("--select", "ASL", ".", cwd=FRAMEWORKS)
    assert result.stderr == ""
    assert findings(result.stdout, FRAMEWORKS) == markers(FRAMEWORKS), result.stdout
    assert "gunicorn's logconfig_dict setting makes the root logger" in result.stdout
    assert "StreamHandler from Client.run() (line 18)" in result.stdout
    for clean in ("bot/quiet.py", "bot/default.py", "status/", "jobs/"):
        assert clean not in result.stdout


DJANGO_MAIL = FIXTURES / "django_mail"


@pytest.mark.parametrize(
    "change",
    [
        None,
        ("DEBUG = False", "DEBUG = True"),
        ('ADMINS = [("Ops", "ops@example.com")]', "ADMINS = []"),
        ('"disable_existing_loggers": False', '"disable_existing_loggers": True'),
    ],
    ids=["mails", "debug", "no-admins", "disables-existing"],
)
def test_djangos_default_mail_handler_counts_only_when_it_sends(
    tmp_path: Path, change: tuple[str, str] | None
) -> None:
    copy = tmp_path / "site"
    shutil.copytree(DJANGO_MAIL, copy, ignore=shutil.ignore_patterns(".asynclog_cache"))
    settings = copy / "site" / "settings.py"
    if change is not None:
        text = settings.read_text()
        assert change[0] in text
        settings.write_text(text.replace(change[0], change[1]))
    result = flake8("--select", "ASL", ".", cwd=copy)
    assert result.stderr == ""
    assert findings(result.stdout, copy) == (markers(copy) if change is None else set())
    if change is None:
        assert "AdminEmailHandler 'mail_admins' of Django's default logging" in result.stdout
        assert "ASL103" not in result.stdout  # Django attaches it: no line of the project's
