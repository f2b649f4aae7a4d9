"""One configuration, read alike by the flake8 plugin, the checker and the fixer: the flake8
files, ``[tool.flake8-asynclog]`` in pyproject.toml, and a clear error for a bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from flake8_asynclog.fix.cli import build_parser as fixer_parser
from flake8_asynclog.lint.cli import build_parser as checker_parser
from flake8_asynclog.options import OPTIONS

from .helpers import fixer, flake8, run

APP = (
    "import asyncio\nimport logging\nimport vendorlog\n\n"
    "log = logging.getLogger('app')\n"
    "log.addHandler(vendorlog.SlowHandler())\n\n"
    "async def main():\n"
    "    log.info('hi')\n\n"
    "asyncio.run(main())\n"
)


def codes_by_each_tool(folder: Path) -> dict[str, tuple[int, str]]:
    """Exit status and the codes found, by the plugin, the checker and the fixer."""

    def codes(text: str) -> str:
        return " ".join(sorted({w for w in text.split() if w.startswith("ASL")}))

    plugin = flake8("--select", "ASL", "app.py", cwd=folder, timeout=120)
    checker = run("flake8_asynclog", "app.py", cwd=folder)
    fix = fixer("--diff", "app.py", cwd=folder)
    return {
        "plugin": (plugin.returncode, codes(plugin.stdout) or plugin.stderr.strip()),
        "checker": (checker.returncode, codes(checker.stdout) or checker.stderr.strip()),
        "fixer": (fix.returncode, codes(fix.stderr)),
    }


def test_pyproject_section_is_read_by_all_three(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'app'\n", encoding="utf-8")
    unknown = codes_by_each_tool(tmp_path)
    assert unknown == {"plugin": (0, ""), "checker": (0, ""), "fixer": (0, "")}
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'app'\n\n[tool.flake8-asynclog]\n"
        "blocking-handlers = ['vendorlog.SlowHandler']\n",
        encoding="utf-8",
    )
    known = codes_by_each_tool(tmp_path)
    assert known["plugin"] == known["checker"] == (1, "ASL101 ASL103")
    assert known["fixer"] == (1, "ASL103")  # fixed; the ASL101 goes with it


def test_a_flake8_file_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        "[tool.flake8-asynclog]\nblocking-handlers = ['vendorlog.SlowHandler']\n",
        encoding="utf-8",
    )
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nasynclog-blocking-handlers = vendorlog.OtherHandler\n", encoding="utf-8"
    )
    assert codes_by_each_tool(tmp_path) == {
        "plugin": (0, ""),
        "checker": (0, ""),
        "fixer": (0, ""),
    }


@pytest.mark.parametrize(
    ("config", "name", "message"),
    [
        (
            "[flake8]\nasynclog-blocking-handlers = SlowHandler\n",
            "setup.cfg",
            "asynclog-blocking-handlers: 'SlowHandler' is not a dotted class name",
        ),
        (
            "[tool.flake8-asynclog]\nnonblocking-handlers = ['SlowHandler']\n",
            "pyproject.toml",
            "asynclog-nonblocking-handlers: 'SlowHandler' is not a dotted class name",
        ),
        (
            "[tool.flake8-asynclog]\nblocking-handler = ['a.B']\n",
            "pyproject.toml",
            "unknown key 'blocking-handler'",
        ),
        (
            "[tool.flake8-asynclog]\nevery-call = 'yes'\n",
            "pyproject.toml",
            "every-call: expected true or false",
        ),
    ],
)
def test_a_bad_value_is_a_clear_error_for_all_three(
    tmp_path: Path, config: str, name: str, message: str
) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    (tmp_path / name).write_text(config, encoding="utf-8")
    plugin = flake8("--select", "ASL", "app.py", cwd=tmp_path, timeout=120)
    checker = run("flake8_asynclog", "app.py", cwd=tmp_path)
    fix = fixer("--diff", "app.py", cwd=tmp_path)
    for result in (plugin, checker, fix):
        assert result.returncode == 2, result.stdout + result.stderr
        assert message in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""


def test_every_plugin_option_exists_on_the_checker_and_the_fixer() -> None:
    for parser in (checker_parser(), fixer_parser()):
        flags = {flag for action in parser._actions for flag in action.option_strings}
        assert {f"--{o.name}" for o in OPTIONS} <= flags
        assert {"--no-cache", "--cache-dir", "--version"} <= flags
