"""Bad and odd inputs, through the real fixer command and the real flake8.

Bad input (syntax errors, undecodable bytes, NUL bytes, code nested too deeply for
``ast``, the checker or libcst, files that vanish or turn read-only before the write,
missing paths): one clear line, exit 2, the file unchanged. Normal odd input (empty,
comment-only, no Python files): exit 0 and only the summary line. Odd bytes (BOM, CRLF,
tabs, form feeds, a latin-1 coding line) survive a fix outside the edited statements.
The checker's own unit tests with a fake analyzer are in test_fix_cli.py; these use the
real one.
"""

from __future__ import annotations

import ast
import codecs
import difflib
import io
import os
import re
import sys
import tokenize
import warnings
from pathlib import Path

import pytest

from flake8_asynclog.checker import analyze
from flake8_asynclog.deep import parse
from flake8_asynclog.findings import Finding
from flake8_asynclog.fix import cli, pipeline
from flake8_asynclog.plugin import Plugin
from flake8_asynclog.settings import DEFAULT_SETTINGS, Settings

from .helpers import checkout_env, fixer, flake8

SUMMARY = re.compile(
    r"^(Fixed|Would fix) \d+ findings? in \d+ files?; \d+ left for a person; "
    r"\d+ files? could not be processed\.$"
)
CLEAN = "Fixed 0 findings in 0 files; 0 left for a person; 0 files could not be processed."
FAILED = "Fixed 0 findings in 0 files; 0 left for a person; 1 file could not be processed."
AWAIT = (
    "import logging\nlogger = logging.getLogger()\n\n\nasync def f():\n    await logger.info(1)\n"
)


def nested_ifs(depth: int, body: str) -> str:
    lines = ["import logging", "", "", "async def f():"]
    lines += ["    " * (level + 1) + "if x:" for level in range(depth)]
    return "\n".join([*lines, "    " * (depth + 1) + body]) + "\n"


def chain(terms: int, glue: str = " + ") -> str:
    return glue.join(["1"] * terms)


# name -> (bytes, the message after "name: ", as a regex)
BAD: dict[str, tuple[bytes, str]] = {
    "syntax.py": (
        b"import logging\nasync def f(:\n    await logging.getLogger().info(1)\n",
        r"cannot parse: SyntaxError: .+ \(line 2, column \d+\)",
    ),
    "latin1_no_coding.py": (
        b"import logging\ns = '\xe9t\xe9'\nasync def f():\n    await logging.getLogger().info(s)\n",
        re.escape(r"cannot decode as utf-8: byte b'\xe9' at line 2: invalid continuation byte"),
    ),
    "nul.py": (
        b"import logging\nx = 1\x00\nasync def f():\n    await logging.getLogger().info(1)\n",
        re.escape("cannot decode: the file contains NUL bytes (line 2)"),
    ),
    "bad_cookie.py": (b"# coding: uft-8\nx = 1\n", r"cannot decode: unknown encoding: uft-8"),
    # Python 3.11+ refuses to parse this chain; 3.9 and 3.10 parse it (on a big stack,
    # their ast.parse has no depth check), and then the checker's walk cannot follow it.
    "plus_200000.py": (
        f"x = {chain(200_000)}\n".encode(),
        re.escape("cannot parse: the code is nested too deeply"),
    ),
    "plus_200000_logging.py": (
        AWAIT.replace("info(1)", f"info({chain(200_000)})").encode(),
        re.escape("cannot parse: the code is nested too deeply")
        if sys.version_info >= (3, 11)
        else re.escape("cannot analyse: the code is nested too deeply for the checker"),
    ),
    "parens_1000.py": (
        ("import logging\nx = " + "(" * 1000 + "1" + ")" * 1000 + "\n").encode(),
        r"cannot parse: SyntaxError: too many nested parentheses \(line 2, column \d+\)",
    ),
    "lists_1000.py": (
        ("x = " + "[" * 1000 + "]" * 1000 + "\n").encode(),
        r"cannot parse: SyntaxError: too many nested parentheses \(line 1, column \d+\)",
    ),
    "ifs_150.py": (
        nested_ifs(150, "await logging.getLogger().info(1)").encode(),
        r"cannot parse: IndentationError: too many levels of indentation \(line \d+, column \d+\)",
    ),
    # Python parses these, the checker's walk (or libcst) cannot: still reported, not
    # taken for "nothing to fix" (they do contain an ASL106).
    "plus_700_logging.py": (
        (AWAIT + f"x = {chain(700)}\n").encode(),
        r"(cannot analyse|not fixed): the code is nested too deeply( for the checker| for libcst)",
    ),
    "elif_500_logging.py": (
        (AWAIT + "if a:\n    pass\n" + "elif a:\n    pass\n" * 500).encode(),
        r"(cannot analyse|not fixed): the code is nested too deeply( for the checker| for libcst)",
    ),
    # The checker copes with these; libcst's recursive visitors do not.
    "lists_190_logging.py": (
        (AWAIT + "x = " + "[" * 190 + "]" * 190 + "\n").encode(),
        re.escape("not fixed: the code is nested too deeply for libcst"),
    ),
    "attr_450_logging.py": (
        (AWAIT + "x = a" + ".b" * 450 + "\n").encode(),
        r"(cannot analyse|not fixed): the code is nested too deeply( for the checker| for libcst)",
    ),
    # libcst drops a form feed that starts a statement's line: refused, not lost.
    "form_feed_statement.py": (
        ("\x0cimport logging\n" + AWAIT).encode(),
        re.escape("not fixed: libcst would not write the file back unchanged (line 1)"),
    ),
    "form_feed_in_body.py": (
        (AWAIT + "    x = 1\n\x0c    y = 2\n").encode(),
        re.escape("not fixed: libcst would not write the file back unchanged (line 8)"),
    ),
    "with_blocks_30.py": (
        nested_ifs(30, "await logging.getLogger().info(1)").replace("if x:", "with x:").encode(),
        r"not fixed: the file does not compile: SyntaxError: too many statically nested blocks"
        r" \(line \d+, column \d+\)",
    ),
}


if sys.version_info < (3, 11):  # nothing to report: no logging, and 3.9 / 3.10 parse it
    del BAD["plus_200000.py"]


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_clear_line_exit_2_and_unchanged(tmp_path: Path, name: str) -> None:
    data, message = BAD[name]
    (tmp_path / name).write_bytes(data)
    result = fixer(name, cwd=tmp_path, stdin=b"", env=checkout_env(), text=False)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert result.stdout == b""
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert re.fullmatch(re.escape(f"{name}: ") + message, lines[0]), lines[0]
    assert lines[1] == FAILED
    assert (tmp_path / name).read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_missing_path_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "real.py").write_text(AWAIT)
    result = fixer(
        "missing.py", "missing_dir/", "real.py", cwd=tmp_path, stdin=b"", env=checkout_env(),
        text=False,
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert lines[:2] == [
        "missing.py: cannot read: No such file or directory",
        "missing_dir/: cannot read: No such file or directory",
    ]
    assert lines[2].startswith("real.py:6:5: fixed ASL106 ")
    assert lines[3:] == [
        "Fixed 1 finding in 1 file; 0 left for a person; 2 files could not be processed."
    ]
    assert "await" not in (tmp_path / "real.py").read_text()  # the others are still fixed


def test_every_bad_input_at_once_in_parallel(tmp_path: Path) -> None:
    for name, (data, _) in BAD.items():
        (tmp_path / name).write_bytes(data)
    result = fixer(
        "-j", "2", "--diff", ".", cwd=tmp_path, stdin=b"", env=checkout_env(), text=False
    )
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err and "internal error" not in err
    assert err.splitlines()[-1].endswith(f"{len(BAD)} files could not be processed.")
    assert all((tmp_path / name).read_bytes() == data for name, (data, _) in BAD.items())


def _run_in_process(*args: str) -> tuple[int, str]:
    out, err = io.BytesIO(), io.StringIO()
    return cli.run(list(args), io.BytesIO(), out, err), err.getvalue()


@pytest.mark.parametrize("change", ["vanish", "read-only", "rewritten"])
def test_file_changed_between_scan_and_write_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.py"
    path.write_text(AWAIT)
    real = pipeline.analyze

    def meanwhile(
        source: str, filename: str, settings: Settings, tree: ast.Module | None = None
    ) -> list[Finding]:
        found = real(source, filename, settings, tree)
        if os.path.exists(filename) and "await" in source:  # the scan, not the re-analysis
            if change == "vanish":
                os.unlink(filename)
            elif change == "read-only":
                os.chmod(filename, 0o444)
            else:
                Path(filename).write_text(AWAIT + "# edited meanwhile\n")
        return found

    monkeypatch.setattr(pipeline, "analyze", meanwhile)
    code, err = _run_in_process("a.py")
    reason = {
        "vanish": "the file vanished while it was being fixed",
        "read-only": "the file is not writable",
        "rewritten": "the file changed on disk while it was being fixed",
    }[change]
    assert code == 2
    assert err.splitlines() == [f"a.py: not written: {reason}", FAILED]
    expected = {"vanish": None, "read-only": AWAIT, "rewritten": AWAIT + "# edited meanwhile\n"}
    assert (path.read_text() if path.exists() else None) == expected[change]
    assert [p.name for p in tmp_path.iterdir()] == ([] if change == "vanish" else ["a.py"])


# --- normal odd input -------------------------------------------------------------------

NORMAL = {
    "empty.py": b"",
    "comments.py": b"# just a comment\n# and another, no newline at the end",
    "blank.py": b"\n\n   \n\t\n",
    "bom_only.py": codecs.BOM_UTF8,
    "coding_only.py": b"# -*- coding: latin-1 -*-\n",
    "docstring.py": b'"""Only a docstring mentioning logging and create_task."""\n',
    "form_feed.py": b"\x0c\n",
    "crlf_comment.py": b"# crlf\r\n",
}


def test_empty_and_comment_only_files_are_normal(tmp_path: Path) -> None:
    for name, data in NORMAL.items():
        (tmp_path / name).write_bytes(data)
    for args in ([*NORMAL], ["--diff", *NORMAL], ["-j", "2", "."]):
        result = fixer(*args, cwd=tmp_path, stdin=b"", env=checkout_env(), text=False)
        assert (result.returncode, result.stdout) == (0, b""), result.stderr
        assert result.stderr.decode().splitlines() in (
            [CLEAN],
            [CLEAN.replace("Fixed", "Would fix")],
        )
    assert all((tmp_path / name).read_bytes() == data for name, data in NORMAL.items())
    piped = fixer("-", cwd=tmp_path, stdin=b"", env=checkout_env(), text=False)
    assert (piped.returncode, piped.stdout, piped.stderr.decode()) == (0, b"", CLEAN + "\n")


def test_folders_without_python_files_are_normal(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    data = tmp_path / "data"
    (data / "sub" / "deeper").mkdir(parents=True)
    (data / "README.txt").write_text("import logging\n")
    (data / "sub" / "module.pyc").write_bytes(b"\x00\x01")
    (data / "sub" / "script").write_text("#!/usr/bin/env python\nimport logging\n")
    result = fixer("empty", "data", cwd=tmp_path, stdin=b"", env=checkout_env(), text=False)
    assert (result.returncode, result.stdout, result.stderr.decode()) == (0, b"", CLEAN + "\n")


# --- bytes that must survive a fix --------------------------------------------------------

WEIRD = (
    codecs.BOM_UTF8 + b"#!/usr/bin/env python\r\n"
    b'"""Docstring with \xc3\xa9 and a tab:\there."""\r\n'
    b"import asyncio\r\n"
    b"import logging\r\n"
    b"\x0c\r\n"
    b'log = logging.getLogger("shop")\t# a tab before the comment\r\n'
    b"# a unix line ending in a CRLF file\n"
    b"\r\n"
    b"def setup_logging():\r\n"
    b"\tlogging.basicConfig(filename='shop.log', level=logging.INFO)\r\n"
    b"\r\n"
    b"\x0c\r\n"
    b"async def order(item):\r\n"
    b"\tawait log.info('ordered %s', item)   # \xe2\x82\xac\r\n"
    b"\tx = [\r\n"
    b"\t\t1,\t2,\x0c\r\n"
    b"\t]  \r\n"
    b"\r\n"
    b"async def main():\r\n"
    b"\tsetup_logging()\r\n"
    b"\tawait order(1)\r\n"
    b"\x0c\r\n"
    b"# no newline at the end"
)
LATIN1 = (
    b"#!/usr/bin/env python\n"
    b"# -*- coding: latin-1 -*-\n"
    b"import asyncio\n"
    b"import logging\n"
    b"\n"
    b"NAME = 'caf\xe9'  # \xa9 latin-1\n"
    b"log = logging.getLogger(NAME)\n"
    b"\n"
    b"def setup_logging():\n"
    b"    logging.basicConfig(filename='caf\xe9.log')\n"
    b"\n"
    b"async def order(item):\n"
    b"    await log.info('\xe9 %s', item)\n"
    b"\n"
    b"async def main():\n"
    b"    setup_logging()\n"
    b"    await order(1)\n"
)


# A form feed in the first indented line: libcst takes it for the indentation of new code.
FORM_FEED_INDENT = (
    b"import asyncio\n"
    b"import logging\n"
    b"\n"
    b"log = logging.getLogger('shop')\n"
    b"\n"
    b"\n"
    b"class Shop:\n"
    b"\x0c pass\n"
    b"\n"
    b"\n"
    b"def setup_logging():\n"
    b" logging.basicConfig(filename='shop.log')\n"
    b"\n"
    b"\n"
    b"async def order(item):\n"
    b" await log.info('ordered %s', item)\n"
    b"\n"
    b"\n"
    b"async def main():\n"
    b" setup_logging()\n"
    b" await order(1)\n"
)


@pytest.mark.parametrize(
    ("data", "newline", "indent"),
    [(WEIRD, b"\r\n", b"\t"), (LATIN1, b"\n", b"    "), (FORM_FEED_INDENT, b"\n", b" ")],
    ids=["bom-crlf-tabs-form-feeds", "latin1-cookie", "form-feed-indent"],
)
def test_odd_bytes_survive_a_fix_outside_the_edited_statements(
    tmp_path: Path, data: bytes, newline: bytes, indent: bytes
) -> None:
    (tmp_path / "m.py").write_bytes(data)
    result = fixer("m.py", cwd=tmp_path, stdin=b"", env=checkout_env(), text=False)
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "fixed ASL103" in err and "fixed ASL106" in err
    new = (tmp_path / "m.py").read_bytes()
    assert new.startswith(data[:3])  # the BOM is kept and not doubled
    assert new.count(codecs.BOM_UTF8) == data.count(codecs.BOM_UTF8)
    old_lines, new_lines = data.splitlines(keepends=True), new.splitlines(keepends=True)
    edited = {i for i, line in enumerate(old_lines) if b"await log.info" in line}
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            assert set(range(i1, i2)) <= edited, old_lines[i1:i2]
        if tag == "replace":
            assert [line.replace(b"await ", b"") for line in old_lines[i1:i2]] == new_lines[j1:j2]
        if tag == "insert":
            for line in new_lines[j1:j2]:  # new code follows the file's conventions
                assert line.endswith(newline), line
                assert not line.strip() or line.startswith(indent) or not line[:1].isspace()
    again = fixer("m.py", cwd=tmp_path, stdin=b"", env=checkout_env(), text=False)
    assert again.returncode == 0 and (tmp_path / "m.py").read_bytes() == new


# --- the flake8 plugin never raises ----------------------------------------------------------

WEIRD_FILES = {
    **{name: data for name, data in NORMAL.items()},
    "weird.py": WEIRD,
    "latin1.py": LATIN1,
    "latin1_no_coding.py": BAD["latin1_no_coding.py"][0],
    "syntax.py": BAD["syntax.py"][0],
    "parens_1000.py": BAD["parens_1000.py"][0],
    "lists_1000.py": BAD["lists_1000.py"][0],
    "ifs_150.py": BAD["ifs_150.py"][0],
    "lists_190_logging.py": BAD["lists_190_logging.py"][0],
}
# Before 3.11, ast.parse raises ValueError on NUL bytes and flake8 itself crashes on them.
if sys.version_info >= (3, 11):
    WEIRD_FILES["nul.py"] = BAD["nul.py"][0]
# Deeper than pyflakes (or flake8's own ast.parse) copes with: flake8 fails on them, but
# the failure must not be the plugin's.
DEEP_FILES = {
    name: BAD[name][0]
    for name in ("plus_200000_logging.py", "plus_700_logging.py", "elif_500_logging.py")
}


def test_flake8_on_weird_files_has_no_traceback(tmp_path: Path) -> None:
    for name, data in WEIRD_FILES.items():
        (tmp_path / name).write_bytes(data)
    result = flake8("--select", "ASL", "-j", "1", *sorted(WEIRD_FILES), cwd=tmp_path, on_path=True)
    assert result.stderr == ""
    assert "[ASL]" not in result.stdout and "failed during execution" not in result.stdout
    assert result.returncode == 1  # ASL106 in weird.py, latin1.py, ...
    assert "weird.py:14:2: ASL106 " in result.stdout
    assert "lists_190_logging.py:6:5: ASL106 " in result.stdout


@pytest.mark.parametrize("name", sorted(DEEP_FILES))
def test_flake8_failures_on_deep_files_are_not_the_plugins(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(DEEP_FILES[name])
    result = flake8("--select", "ASL", "-j", "1", name, cwd=tmp_path, on_path=True)
    output = result.stdout + result.stderr
    assert "flake8_asynclog" not in output and "[ASL]" not in output, output[-2000:]


@pytest.mark.parametrize("name", sorted({**BAD, **WEIRD_FILES}))
def test_plugin_never_raises_on_what_ast_parses(name: str) -> None:
    data = {**BAD, **{k: (v, "") for k, v in WEIRD_FILES.items()}}[name][0]
    try:  # as flake8 reads a file: its encoding, else latin-1
        text = io.TextIOWrapper(
            io.BytesIO(data), encoding=tokenize.detect_encoding(io.BytesIO(data).readline)[0]
        ).read()
    except (SyntaxError, UnicodeDecodeError):
        text = data.decode("latin-1")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = parse(text)  # before 3.11 a deep chain crashes ast.parse on the main stack
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pytest.skip("flake8 reports E999 / E902 and never calls the plugin")
    lines = text.splitlines(keepends=True)
    findings = list(Plugin(tree, name, lines).run())  # must not raise
    assert all(message.startswith("ASL") for _, _, message, _ in findings)


@pytest.mark.parametrize(
    "body",
    [
        f"x = {chain(600)}\n",
        "if a:\n    pass\n" + "elif a:\n    pass\n" * 400,
        "x = a" + "()" * 400,
        f"x = {chain(2000)}\n",
    ],
    ids=["plus-600", "elif-400", "calls-400", "plus-2000"],
)
def test_checker_walks_code_that_cpython_compiles(body: str) -> None:
    """Deeper than the default recursion limit lets a recursive walk go: retried deeper."""
    source = AWAIT + body
    tree = ast.parse(source)
    limit = sys.getrecursionlimit()
    found = analyze(source, "deep.py", DEFAULT_SETTINGS, tree, strict=True)
    assert [f.code for f in found] == ["ASL106"]
    assert sys.getrecursionlimit() == limit
