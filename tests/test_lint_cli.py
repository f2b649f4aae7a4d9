"""The standalone checker (``python -m flake8_asynclog``): the plugin's findings without
flake8, flake8's exit codes made strict, and the output formats CI tools read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flake8_asynclog import __version__

from .helpers import FIXTURES, ROOT, flake8, run

FLAGGED = (
    "import asyncio\nimport logging\n\n"
    "log = logging.getLogger('app')\n"
    "log.addHandler(logging.FileHandler('app.log'))\n\n"
    "async def main():\n"
    "    log.info('hi')\n\n"
    "asyncio.run(main())\n"
)
CLEAN = "import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n"


def checker(*args: str, cwd: Path, stdin: str | None = None) -> tuple[int, str, str]:
    result = run("flake8_asynclog", *args, cwd=cwd, stdin=stdin)
    return result.returncode, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "setup.cfg").write_text("[flake8]\n", encoding="utf-8")
    (tmp_path / "app.py").write_text(FLAGGED, encoding="utf-8")
    (tmp_path / "clean.py").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_the_checker_prints_what_flake8_prints_over_every_fixture() -> None:
    by_flake8 = flake8("--select", "ASL", "fixtures", cwd=ROOT, timeout=600)
    status, out, err = checker("fixtures", cwd=ROOT)
    assert by_flake8.returncode == status == 1, err
    assert out.count("\n") > 300  # the fixtures are meant to be flagged
    assert sorted(out.splitlines()) == sorted(by_flake8.stdout.splitlines())


def test_parallel_workers_find_the_same() -> None:
    one = checker(str(FIXTURES / "realistic2"), cwd=ROOT)
    two = checker("-j", "2", str(FIXTURES / "realistic2"), cwd=ROOT)
    assert one == two and one[0] == 1 and one[1]


def test_exit_status_follows_what_was_found(project: Path) -> None:
    assert checker("clean.py", cwd=project) == (0, "", "")
    status, out, _ = checker("app.py", cwd=project)
    assert status == 1 and "app.py:5:1: ASL103 " in out and "app.py:8:5: ASL101 " in out
    status, out, _ = checker("--exit-zero", "app.py", cwd=project)
    assert status == 0 and "ASL101" in out


def test_unreadable_and_unparsable_files_exit_2_and_the_others_are_still_checked(
    project: Path,
) -> None:
    (project / "broken.py").write_text("import logging\nasync def f(:\n", encoding="utf-8")
    (project / "binary.py").write_bytes(b"import logging\x00\n")
    status, out, _ = checker("missing.py", "broken.py", "binary.py", "app.py", cwd=project)
    assert status == 2
    lines = out.splitlines()
    assert lines[0].startswith("missing.py:1:1: E902 ")
    assert lines[1].startswith("broken.py:2:") and " E999 SyntaxError: " in lines[1]
    assert lines[2].startswith("binary.py:1:1: E902 cannot decode")
    assert any(line.startswith("app.py:8:5: ASL101") for line in lines[3:])


def test_a_file_the_pre_check_rejects_is_never_parsed(project: Path) -> None:
    (project / "notes.py").write_text("this is not python (\n", encoding="utf-8")
    assert checker("notes.py", cwd=project) == (0, "", "")


@pytest.mark.parametrize(
    "args",
    [["--format", "xml", "app.py"], ["--select", "asl1", "app.py"], ["--jobs", "0", "app.py"]],
)
def test_usage_errors_exit_2(project: Path, args: list[str]) -> None:
    status, out, err = checker(*args, cwd=project)
    assert status == 2 and out == "" and err


def test_a_bad_config_exits_2_with_one_line(project: Path) -> None:
    (project / "setup.cfg").write_text("[flake8]\nextend-ignore = asl9\n", encoding="utf-8")
    status, out, err = checker("app.py", cwd=project)
    assert status == 2 and out == "" and "setup.cfg" in err and err.count("\n") == 1


def test_selection_and_noqa(project: Path) -> None:
    assert "ASL101" not in checker("--ignore", "ASL101", "app.py", cwd=project)[1]
    only = checker("--select", "ASL103", "app.py", cwd=project)[1].splitlines()
    assert [line.split()[1] for line in only] == ["ASL103"]
    extended = checker("--extend-ignore", "ASL103", "app.py", cwd=project)[1]
    assert "ASL103" not in extended and "ASL101" in extended
    (project / "setup.cfg").write_text("[flake8]\nselect = E\n", encoding="utf-8")
    assert checker("app.py", cwd=project) == (0, "", "")
    assert "ASL101" in checker("--extend-select", "ASL", "app.py", cwd=project)[1]
    text = FLAGGED.replace("log.info('hi')", "log.info('hi')  # noqa: ASL101")
    (project / "app.py").write_text(text, encoding="utf-8")
    (project / "setup.cfg").write_text("[flake8]\n", encoding="utf-8")
    out = checker("app.py", cwd=project)[1]
    assert "ASL103" in out and "ASL101" not in out


def test_stdin_with_a_display_name(project: Path) -> None:
    status, out, _ = checker("--stdin-display-name", "svc.py", "-", cwd=project, stdin=FLAGGED)
    assert status == 1 and out.startswith("svc.py:5:1: ASL103 ")


def test_statistics_and_show_source(project: Path) -> None:
    out = checker("--statistics", "--show-source", "app.py", cwd=project)[1]
    lines = out.splitlines()
    at = lines.index(next(line for line in lines if ": ASL101 " in line))
    assert lines[at + 1 : at + 3] == ["    log.info('hi')", "    ^"]
    assert "1     ASL101 log.info() in coroutine 'main'" in out
    assert any(line.startswith("1     ASL103 addHandler()") for line in lines)


def test_json_format(project: Path) -> None:
    status, out, _ = checker("--format", "json", "app.py", "missing.py", cwd=project)
    items = json.loads(out)
    assert status == 2
    assert [(i["filename"], i["line"], i["column"], i["code"]) for i in items] == [
        ("app.py", 5, 1, "ASL103"),
        ("app.py", 8, 5, "ASL101"),
        ("missing.py", 1, 1, "E902"),
    ]
    assert items[0]["fixable"] is True and items[0]["url"].endswith("#asl103")


def test_github_format(project: Path) -> None:
    out = checker("--format", "github", "app.py", cwd=project)[1].splitlines()
    assert out[1].startswith(
        "::error title=flake8-asynclog (ASL101),file=app.py,line=8,col=5::"
        "app.py:8:5: ASL101 log.info() in coroutine 'main' writes through FileHandler"
    )
    assert len(out) == 2


def test_sarif_format_is_valid_sarif_2_1_0(project: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "tests/schemas/sarif-schema-2.1.0.json").read_text("utf-8"))
    status, out, _ = checker("--format", "sarif", "app.py", "missing.py", cwd=project)
    log = json.loads(out)
    jsonschema.validate(log, schema)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert {"ASL101", "ASL103", "ASL201", "ASL301"} <= {r["id"] for r in rules}
    assert [(r["ruleId"], rules[r["ruleIndex"]]["id"]) for r in run_["results"]] == [
        ("ASL103", "ASL103"),
        ("ASL101", "ASL101"),
    ]
    where = run_["results"][1]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "app.py"
    assert where["region"] == {"startLine": 8, "startColumn": 5}
    assert run_["invocations"][0]["executionSuccessful"] is False
    assert status == 2


@pytest.mark.parametrize("module", ["flake8_asynclog", "flake8_asynclog.fix"])
def test_version(module: str, tmp_path: Path) -> None:
    result = run(module, "--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.split()[-1] == __version__
