"""The fixer command: exit codes, files and folders, config, noqa, stdin, -j, errors.

Most tests run :func:`cli.run` in-process with a fake checker patched into
``pipeline.analyze``; the end-to-end ones at the bottom run the real command.
"""

from __future__ import annotations

import ast
import codecs
import io
import os
import stat
from pathlib import Path

import pytest

from flake8_asynclog.findings import Finding
from flake8_asynclog.fix import cli, pipeline
from flake8_asynclog.fixes import DropAwait
from flake8_asynclog.settings import Settings

from .helpers import checkout_env, fixer

TOTAL_CLEAN = "Fixed 0 findings in 0 files; 0 left for a person; 0 files could not be processed.\n"


def fake_analyze(
    source: str, filename: str, settings: Settings, tree: ast.Module | None = None
) -> list[Finding]:
    """ASL106 (fixable) on ``await logger.x()``, ASL101 on ``logger.warning()``, ASL201 on
    a call of a configured starter name."""
    out = []
    for node in ast.walk(tree or ast.parse(source, filename)):
        if isinstance(node, ast.Await) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Attribute) and ast.unparse(func.value) == "logger":
                fix = DropAwait()
                msg = f"await logger.{func.attr}() raises TypeError"
                out.append(Finding("ASL106", node.lineno, node.col_offset, msg, fix))
        elif isinstance(node, ast.Call) and ast.unparse(node.func) == "logger.warning":
            out.append(Finding("ASL101", node.lineno, node.col_offset, "logger.warning() blocks"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in settings.starter_names:
                msg = f"task of {node.func.id}() is discarded"
                out.append(Finding("ASL201", node.lineno, node.col_offset, msg))
    return sorted(out, key=lambda f: (f.line, f.col))


def first_fixable_only(
    source: str, filename: str, settings: Settings, tree: ast.Module | None = None
) -> list[Finding]:
    """Reports one fixable finding per analysis: the fixer must loop to fix them all."""
    return [f for f in fake_analyze(source, filename, settings) if f.fix][:1]


def too_deep(
    source: str, filename: str, settings: Settings, tree: ast.Module | None = None
) -> list[Finding]:
    raise RecursionError("maximum recursion depth exceeded")


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(pipeline, "analyze", fake_analyze)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, stdin: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    code = cli.run(list(args), io.BytesIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


BAD = 'import logging\nlogger = logging.getLogger()\nasync def f():\n    await logger.info("x")\n'
GOOD = 'import logging\nlogger = logging.getLogger()\nasync def f():\n    logger.info("x")\n'
MSG = "ASL106 await logger.info() raises TypeError"


def test_nothing_to_fix_exits_0(work: Path) -> None:
    (work / "a.py").write_text(GOOD)
    assert run("a.py") == (0, b"", TOTAL_CLEAN)
    assert (work / "a.py").read_text() == GOOD


def test_fix_exits_1_reports_and_is_idempotent(work: Path) -> None:
    (work / "a.py").write_text(BAD + "    logger.warning('w')\n")
    code, out, err = run("a.py")
    assert (code, out) == (1, b"")
    assert err.splitlines() == [
        f"a.py:4:5: fixed {MSG}",
        "a.py:5:5: ASL101 logger.warning() blocks (not fixed)",
        "Fixed 1 finding in 1 file; 1 left for a person; 0 files could not be processed.",
    ]
    assert (work / "a.py").read_text() == GOOD + "    logger.warning('w')\n"
    code, _, err = run("a.py")
    assert code == 0
    assert "(not fixed)" in err and "fixed ASL106" not in err


def test_diff_prints_and_writes_nothing(work: Path) -> None:
    (work / "a.py").write_text(BAD)
    code, out, err = run("--diff", "a.py")
    assert code == 1
    assert out.decode().splitlines() == [
        "--- a.py",
        "+++ a.py",
        "@@ -1,4 +1,4 @@",
        " import logging",
        " logger = logging.getLogger()",
        " async def f():",
        '-    await logger.info("x")',
        '+    logger.info("x")',
    ]
    assert f"a.py:4:5: would fix {MSG}" in err
    assert (work / "a.py").read_text() == BAD


def test_stdin_to_stdout(work: Path) -> None:
    assert run("-", stdin=BAD.encode())[:2] == (1, GOOD.encode())
    assert run("-", stdin=GOOD.encode()) == (0, GOOD.encode(), TOTAL_CLEAN)
    code, out, err = run("--diff", "-", stdin=BAD.encode())
    assert code == 1 and out.startswith(b"--- stdin\n+++ stdin\n")
    code, out, err = run("-", stdin=b"x = '\xff'\n")  # undecodable: echoed unchanged
    assert (code, out) == (2, b"x = '\xff'\n")
    assert "stdin: cannot decode" in err


def test_directories_skip_excluded_folders(work: Path) -> None:
    kept = ["pkg/a.py", "pkg/sub/b.py"]
    skipped = [
        "pkg/venv/c.py", "pkg/.venv/c.py", "pkg/.tox/c.py", "pkg/build/c.py", "pkg/dist/c.py",
        "pkg/node_modules/c.py", "pkg/x.egg-info/c.py", "pkg/__pycache__/c.py", "pkg/.git/c.py",
        "pkg/env/c.py", "pkg/notes.txt",
    ]  # fmt: skip
    for name in kept + skipped:
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(BAD)
    code, _, err = run("pkg")
    assert code == 1
    assert [line.split(":")[0] for line in err.splitlines()[:-1]] == [
        os.path.join("pkg", "a.py"),
        os.path.join("pkg", "sub", "b.py"),
    ]
    assert all((work / name).read_text() == GOOD for name in kept)
    assert all((work / name).read_text() == BAD for name in skipped)


def test_config_select_ignore_and_exclude(work: Path) -> None:
    (work / "a.py").write_text(BAD)
    (work / "gen").mkdir()
    (work / "gen" / "b.py").write_text(BAD)
    (work / "c_pb2.py").write_text(BAD)
    (work / ".flake8").write_text(
        "[flake8]\nselect = E,W\nexclude = gen\nextend-exclude = *_pb2.py\n"
    )
    assert run(".")[0] == 0  # ASL not selected by the config
    assert run("--select", "ASL1", ".")[0] == 1  # the command line replaces it
    assert (work / "a.py").read_text() == GOOD
    assert (work / "gen" / "b.py").read_text() == BAD
    assert (work / "c_pb2.py").read_text() == BAD
    (work / "a.py").write_text(BAD)
    (work / ".flake8").write_text("[flake8]\nextend-ignore = ASL106\n")
    assert run("a.py")[0] == 0
    assert run("--ignore", "ASL2", "a.py")[0] == 0  # extend-ignore still applies
    (work / ".flake8").write_text("[flake8]\nignore = ASL1\n")
    assert run("--ignore", "ASL2", "a.py")[0] == 1
    assert (work / "a.py").read_text() == GOOD


def test_plugin_options_from_config_and_command_line(work: Path) -> None:
    (work / "a.py").write_text("async def f():\n    boot_logs()\n    init_logger()\n")
    (work / "setup.cfg").write_text("[flake8]\nasynclog-starter-names = boot_logs\n")
    err = run("a.py")[2]
    assert "a.py:2:5: ASL201 task of boot_logs() is discarded (not fixed)" in err
    assert "a.py:3:5: ASL201 task of init_logger() is discarded (not fixed)" in err
    err = run("--asynclog-starter-names", "other", "a.py")[2]
    assert "boot_logs" not in err and "init_logger" in err


def test_noqa_bare_and_with_codes(work: Path) -> None:
    source = (
        "async def f():\n"
        "    await logger.info(1)  # noqa\n"
        "    await logger.info(2)  # noqa: ASL1\n"
        "    await logger.info(3)  # noqa: ASL201\n"
    )
    (work / "a.py").write_text(source)
    code, _, err = run("a.py")
    assert code == 1
    assert [line.split(":")[1] for line in err.splitlines()[:-1]] == ["4"]
    assert (work / "a.py").read_text() == source.replace("await logger.info(3)", "logger.info(3)")


def test_bom_crlf_and_latin1_are_preserved_byte_for_byte(work: Path) -> None:
    latin = (
        b"# -*- coding: latin-1 -*-\r\ns = '\xe9'\r\nasync def f():\r\n    await logger.info(s)\r\n"
    )
    bom = (
        codecs.BOM_UTF8
        + b"s = '\xc3\xa9'\r\nasync def f():\r\n    await logger.info(s)  # \xe2\x82\xac\r\n"
    )
    (work / "latin.py").write_bytes(latin)
    (work / "bom.py").write_bytes(bom)
    assert run("latin.py", "bom.py")[0] == 1
    assert (work / "latin.py").read_bytes() == latin.replace(b"await ", b"")
    assert (work / "bom.py").read_bytes() == bom.replace(b"await ", b"")


def test_unprocessable_files_exit_2_untouched_and_others_still_fixed(work: Path) -> None:
    bad = {
        "undecodable.py": b"x = '\xff'\nasync def f():\n    await logger.info(1)\n",
        "nul.py": b"x = 1\x00\n",
        "syntax.py": b"async def f(:\n    await logger.info(1)\n",
        "nocompile.py": b"return 1\nasync def f():\n    await logger.info(1)\n",
    }
    for name, data in bad.items():
        (work / name).write_bytes(data)
    (work / "good.py").write_text(BAD)
    code, _, err = run(*bad, "missing.py", "good.py")
    assert code == 2
    assert (work / "good.py").read_text() == GOOD
    assert all((work / name).read_bytes() == data for name, data in bad.items())
    lines = err.splitlines()
    assert (
        "undecodable.py: cannot decode as utf-8: byte b'\\xff' at line 1: invalid start byte"
        in lines
    )
    assert "nul.py: cannot decode: the file contains NUL bytes (line 1)" in lines
    assert any(line.startswith("syntax.py: cannot parse: SyntaxError: ") for line in lines)
    assert (
        "nocompile.py: not fixed: the file does not compile: "
        "SyntaxError: 'return' outside function (line 1, column 1)"
    ) in lines
    assert "missing.py: cannot read: No such file or directory" in lines
    assert lines[-1].endswith("5 files could not be processed.")


def test_a_result_that_does_not_compile_is_never_written(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flake8_asynclog.fix import engine

    def broken(source: str, findings: list[Finding], width: int) -> tuple[str, list[Finding]]:
        return source + "return 1\n", list(findings)  # parses, but does not compile

    monkeypatch.setattr(engine, "apply_fixes", broken)
    (work / "a.py").write_text(BAD)
    code, _, err = run("a.py")
    assert code == 2
    assert (
        "a.py: not fixed: the fixed code does not compile: "
        "SyntaxError: 'return' outside function (line 5, column 1)"
    ) in err
    assert (work / "a.py").read_text() == BAD


def test_checker_recursion_is_reported(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyze", too_deep)
    (work / "a.py").write_text(BAD)
    code, _, err = run("a.py")
    assert code == 2 and "a.py: cannot parse: the code is nested too deeply" in err


def test_overlapping_fixes_are_applied_over_rounds(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "analyze", first_fixable_only)
    (work / "a.py").write_text("async def f():\n" + "    await logger.info(1)\n" * 3)
    code, _, err = run("a.py")
    assert code == 1 and err.count("fixed ASL106") == 3
    assert "await" not in (work / "a.py").read_text()


def test_write_keeps_mode_and_a_vanished_file_is_an_error(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (work / "a.py").write_text(BAD)
    os.chmod(work / "a.py", 0o640)
    assert run("a.py")[0] == 1
    assert stat.S_IMODE((work / "a.py").stat().st_mode) == 0o640

    def deleting(source: str, filename: str, settings: Settings) -> list[Finding]:
        if os.path.exists(filename):  # gone before the fixer writes
            os.unlink(filename)
        return fake_analyze(source, filename, settings)

    monkeypatch.setattr(pipeline, "analyze", deleting)
    (work / "b.py").write_text(BAD)
    code, _, err = run("b.py")
    assert code == 2 and "b.py: not written: the file vanished" in err
    assert sorted(p.name for p in work.iterdir()) == ["a.py"]


@pytest.mark.parametrize(
    "args", [[], ["-j", "0", "a.py"], ["--select", "asl1", "a.py"], ["--bogus", "a.py"]]
)
def test_usage_errors_exit_2(work: Path, args: list[str]) -> None:
    (work / "a.py").write_text(BAD)
    assert run(*args)[0] == 2
    assert (work / "a.py").read_text() == BAD


def _tree(root: Path) -> None:
    for index in range(6):
        path = root / "pkg" / f"m{index}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BAD if index % 2 else GOOD + "    logger.warning(1)\n")
    (root / "pkg" / "broken.py").write_bytes(b"def (:\n")


def test_parallel_gives_the_same_result(work: Path) -> None:
    for jobs in ("1", "2"):
        (work / jobs).mkdir()
        _tree(work / jobs)
    os.chdir(work / "1")
    one = run("-j", "1", "pkg")
    os.chdir(work / "2")
    two = run("-j", "2", "pkg")
    assert one == two
    assert one[0] == 2 and one[2].count("fixed ASL106") == 3
    for name in sorted(os.listdir(work / "1" / "pkg")):
        assert (work / "1" / "pkg" / name).read_bytes() == (work / "2" / "pkg" / name).read_bytes()


def test_parallel_falls_back_to_serial_without_processes(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    def unavailable(*args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", unavailable)
    _tree(work)
    code, _, err = run("-j", "4", "pkg")
    assert code == 2 and err.count("fixed ASL106") == 3


def test_a_file_named_twice_is_processed_once(work: Path) -> None:
    (work / "a.py").write_text(BAD)
    code, _, err = run("a.py", ".", "./a.py", "-j", "2")
    assert code == 1 and err.count("fixed ASL106") == 1
    assert (work / "a.py").read_text() == GOOD


# -- end to end, with the real checker ----------------------------------------------------

E2E = (
    "import asyncio\nimport logging\n\nlogger = logging.getLogger(__name__)\n\n\n"
    'async def main():\n    await logger.info("x")  # keep me\n    await asyncio.sleep(0)\n'
)


def test_end_to_end_fix_diff_and_stdin(tmp_path: Path) -> None:
    pytest.importorskip("flake8_asynclog.checker")
    env = checkout_env()
    (tmp_path / "a.py").write_text(E2E)
    diff = fixer("--diff", "a.py", cwd=tmp_path, stdin=b"", env=env, timeout=120, text=False)
    assert diff.returncode == 1 and b'+    logger.info("x")  # keep me' in diff.stdout
    assert (tmp_path / "a.py").read_text() == E2E
    fixed = E2E.replace('await logger.info("x")', 'logger.info("x")')
    piped = fixer("-", cwd=tmp_path, stdin=E2E.encode(), env=env, timeout=120, text=False)
    assert (piped.returncode, piped.stdout) == (1, fixed.encode())
    done = fixer("a.py", cwd=tmp_path, stdin=b"", env=env, timeout=120, text=False)
    assert done.returncode == 1 and b"a.py:8:5: fixed ASL106" in done.stderr
    assert (tmp_path / "a.py").read_text() == fixed
    again = fixer("a.py", cwd=tmp_path, stdin=b"", env=env, timeout=120, text=False)
    assert again.returncode == 0 and (tmp_path / "a.py").read_text() == fixed


def test_end_to_end_parallel_matches_serial(tmp_path: Path) -> None:
    pytest.importorskip("flake8_asynclog.checker")
    env = checkout_env()
    for jobs in ("1", "2"):
        for index in range(4):
            path = tmp_path / jobs / "src" / f"m{index}.py"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(E2E if index % 2 else "x = 1\n")
        (tmp_path / jobs / "src" / "bad.py").write_bytes(b"x = '\xff'\n")
    one = fixer("-j", "1", "src", cwd=tmp_path / "1", stdin=b"", env=env, timeout=120, text=False)
    two = fixer("-j", "2", "src", cwd=tmp_path / "2", stdin=b"", env=env, timeout=120, text=False)
    assert (one.returncode, one.stdout, one.stderr) == (two.returncode, two.stdout, two.stderr)
    assert one.returncode == 2 and one.stderr.count(b"fixed ASL106") == 2
