"""Reading the flake8 config, and select / ignore decisions, as flake8 does them."""

from __future__ import annotations

import argparse
import itertools
import os
from pathlib import Path

import pytest
from flake8.style_guide import Decision, DecisionEngine

from flake8_asynclog.config import (
    FLAKE8_DEFAULT_EXCLUDE,
    CodeSelection,
    ConfigError,
    FlakeConfig,
    exclude_patterns,
    find_config_file,
    load_config,
    make_selection,
    make_settings,
)
from flake8_asynclog.fix.cli import build_parser, given_options
from flake8_asynclog.options import OPTIONS
from flake8_asynclog.paths import TOOL_DIRS
from flake8_asynclog.settings import DEFAULT_STARTER_NAMES

from .helpers import fixer, run

CHOICES: list[tuple[str, ...] | None] = [None, (), ("ASL",), ("ASL1",), ("ASL106",), ("E", "W")]
EXTENDS: list[tuple[str, ...]] = [(), ("ASL",), ("ASL10",), ("ASL2",)]
CODES = ["ASL101", "ASL106", "ASL201", "ASL305"]


def _flake8_says(sel: CodeSelection, code: str) -> bool:
    options = argparse.Namespace(
        select=None if sel.select is None else list(sel.select),
        extend_select=list(sel.extend_select) or None,
        ignore=None if sel.ignore is None else list(sel.ignore),
        extend_ignore=list(sel.extend_ignore) or None,
        extended_default_select=["ASL"],  # what installing the plugin adds
        extended_default_ignore=[],
    )
    return DecisionEngine(options).decision_for(code) is Decision.Selected


def test_selection_agrees_with_flake8_decision_engine() -> None:
    checked = 0
    for select, ignore, ext_sel, ext_ign in itertools.product(CHOICES, CHOICES, EXTENDS, EXTENDS):
        sel = CodeSelection(select, ext_sel, ignore, ext_ign)
        for code in CODES:
            assert sel.wanted(code) is _flake8_says(sel, code), (sel, code)
            checked += 1
    assert checked == len(CHOICES) ** 2 * len(EXTENDS) ** 2 * len(CODES)


@pytest.mark.parametrize(
    ("sel", "code", "wanted"),
    [
        (CodeSelection(), "ASL106", True),
        (CodeSelection(select=("E", "W")), "ASL106", False),  # select without ASL
        (CodeSelection(ignore=("ASL1",)), "ASL106", False),
        (CodeSelection(ignore=("ASL1",)), "ASL201", True),
        (CodeSelection(select=("ASL106",), ignore=("ASL1",)), "ASL106", True),  # longest wins
        (CodeSelection(select=("ASL",), ignore=("ASL",)), "ASL106", False),
    ],
)
def test_selection_examples(sel: CodeSelection, code: str, wanted: bool) -> None:
    assert sel.wanted(code) is wanted


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_first_candidate_with_a_flake8_section_wins(tmp_path: Path) -> None:
    _write(tmp_path / "setup.cfg", "[metadata]\nname = x\n")  # no [flake8]: skipped
    tox = _write(tmp_path / "tox.ini", "[flake8]\nselect = ASL1\n")
    _write(tmp_path / ".flake8", "[flake8]\nselect = ASL2\n")
    assert find_config_file(str(tmp_path)) == str(tox)
    assert load_config(str(tmp_path)).select == ("ASL1",)


def test_config_found_in_a_parent_and_unparseable_ones_skipped(tmp_path: Path) -> None:
    parent = _write(tmp_path / ".flake8", "[flake8]\nignore = ASL2\n")
    child = tmp_path / "pkg" / "sub"
    child.mkdir(parents=True)
    _write(child / "setup.cfg", "this is [not an ini file\n")
    assert find_config_file(str(child)) == str(parent)
    config = load_config(str(child))
    assert config.ignore == ("ASL2",)
    assert config.directory == str(tmp_path)


def test_options_dashed_or_underscored_and_lists(tmp_path: Path) -> None:
    _write(
        tmp_path / "setup.cfg",
        "[flake8]\n"
        "select = E,\n    ASL1\n"
        "extend_ignore = ASL106\n"
        "exclude = generated,build/*.py\n"
        "extend-exclude = *_pb2.py\n"
        "asynclog-starter-names = boot_logs, start_logs\n"
        "asynclog_blocking_handlers = pkg.Slow\n"
        "max-line-length = 120\n",
    )
    config = load_config(str(tmp_path))
    assert config.select == ("E", "ASL1")
    assert config.extend_ignore == ("ASL106",)
    assert config.ignore is None
    assert config.exclude == ("generated", os.path.join(str(tmp_path), "build", "*.py"))
    assert config.extend_exclude == ("*_pb2.py",)
    settings = make_settings(config)
    assert settings.starter_names == frozenset((*DEFAULT_STARTER_NAMES, "boot_logs", "start_logs"))
    assert settings.blocking_handlers == frozenset({"pkg.Slow"})
    assert settings.nonblocking_handlers == frozenset()


def test_command_line_replaces_config_values() -> None:
    config = FlakeConfig(
        select=("E",), extend_select=("ASL2",), asynclog={"asynclog-starter-names": ("a",)}
    )
    selection = make_selection(config, select=["ASL1"], ignore=None)
    assert selection == CodeSelection(("ASL1",), ("ASL2",), None, ())
    settings = make_settings(config, {"asynclog-starter-names": ("b",)})
    assert "b" in settings.starter_names and "a" not in settings.starter_names
    assert set(DEFAULT_STARTER_NAMES) <= settings.starter_names


def test_invalid_code_in_config_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / ".flake8", "[flake8]\nignore = asl1\n")
    with pytest.raises(ConfigError, match="asl1"):
        load_config(str(tmp_path))


def test_exclude_patterns_replace_flake8_defaults_but_keep_the_fixer_ones() -> None:
    default = exclude_patterns(FlakeConfig())
    assert set(FLAKE8_DEFAULT_EXCLUDE) <= set(default)
    custom = exclude_patterns(FlakeConfig(exclude=("gen",), extend_exclude=("x",)))
    assert "gen" in custom and "x" in custom and "CVS" not in custom
    assert set(TOOL_DIRS) <= set(custom)


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    if find_config_file(str(tmp_path)) is not None:
        pytest.skip("a parent of the temporary directory has a flake8 config")
    config = load_config(str(tmp_path))
    assert config == FlakeConfig(directory=str(tmp_path))
    assert make_settings(config).starter_names == frozenset(DEFAULT_STARTER_NAMES)


def test_plugin_and_fixer_offer_the_same_options() -> None:
    flake8_help = run("flake8", "--help", check=True).stdout
    fixer_help = build_parser().format_help()
    for option in OPTIONS:
        assert f"--{option.name}" in flake8_help, option.name
        assert f"--{option.name}" in fixer_help, option.name


def test_fixer_options_on_the_command_line_replace_the_config(tmp_path: Path) -> None:
    config_text = "[flake8]\nasynclog-project-root = src/app\nasynclog-no-project = on\n"
    _write(tmp_path / "setup.cfg", config_text)
    config = load_config(str(tmp_path))
    assert config.asynclog["asynclog-project-root"] == os.path.join(str(tmp_path), "src", "app")
    args = build_parser().parse_args(
        ["x.py", "--asynclog-project-root", "other", "--asynclog-config-modules", "a.py,b.py"]
    )
    settings = make_settings(config, given_options(args))
    assert settings.project_root == os.path.abspath("other")
    assert settings.config_modules == (os.path.abspath("a.py"), os.path.abspath("b.py"))
    assert not settings.project_scan  # a switch set in the config stays on


def test_a_select_naming_another_plugins_code_is_read_as_flake8_reads_it(tmp_path: Path) -> None:
    _write(tmp_path / "tox.ini", "[flake8]\nselect = ASYNC,ASL,E\nmax-line-length = 88\n")
    _write(
        tmp_path / "app.py",
        "import asyncio\nimport logging\n\nlogging.basicConfig(filename='a.log')\n\n\n"
        "async def main():\n    logging.info('x')\n\n\nasyncio.run(main())\n",
    )
    config = load_config(str(tmp_path))
    assert config.select == ("ASYNC", "ASL", "E")
    fixed = fixer("app.py", cwd=tmp_path)
    assert fixed.returncode == 1, fixed.stderr
    assert "WriteOffLoop.install" in (tmp_path / "app.py").read_text()
    again = fixer("--select", "ASYNC,ASL", "app.py", cwd=tmp_path)
    assert again.returncode == 0, again.stderr  # another plugin's code: accepted, nothing left
