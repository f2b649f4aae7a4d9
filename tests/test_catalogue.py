"""The third-party handler catalogue: every row is complete, and rows reach the model
through imports, dictConfig class strings and constructor switches."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest

from flake8_asynclog.catalogue import ALIASES, KINDS, ROWS, row_for
from flake8_asynclog.checker import analyze
from flake8_asynclog.model.names import HANDLER_KINDS, handler_kind_of
from flake8_asynclog.settings import DEFAULT_SETTINGS

PACKAGE = re.compile(r"^[A-Za-z][\w.-]*==\d[\w.]*$")
DOTTED = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$")


@pytest.mark.parametrize("row", ROWS, ids=[row.paths[0] for row in ROWS])
def test_every_row_has_a_kind_a_version_and_dotted_paths(row: object) -> None:
    assert row.kind in KINDS  # type: ignore[attr-defined]
    assert PACKAGE.match(row.package), row.package  # type: ignore[attr-defined]
    assert row.paths and all(DOTTED.match(p) for p in row.paths)  # type: ignore[attr-defined]
    for switch in row.switches:  # type: ignore[attr-defined]
        assert switch.kind in KINDS and switch.kind != row.kind  # type: ignore[attr-defined]
        assert switch.argument.isidentifier()


def test_no_class_is_in_two_rows_or_shadows_the_stdlib() -> None:
    paths = Counter(path for row in ROWS for path in row.paths)
    assert [p for p, n in paths.items() if n > 1] == []
    assert not set(paths) & set(HANDLER_KINDS)
    assert all(target in HANDLER_KINDS for target in ALIASES.values())
    assert not set(ALIASES) & set(paths)


def test_the_catalogue_covers_each_kind_and_the_lookup_uses_it() -> None:
    assert {row.kind for row in ROWS} == KINDS
    assert len(ROWS) >= 60
    assert handler_kind_of("rich.logging.RichHandler") == "stream"
    assert handler_kind_of("logging.FileHandler") == "file"  # the stdlib first
    assert handler_kind_of("rich.logging.Nothing") is None
    row = row_for("watchtower.CloudWatchLogHandler")
    assert row is not None and row.kind == "queued" and row.switches


ALONE = replace(DEFAULT_SETTINGS, project_scan=False)


def findings(source: str) -> list[str]:
    return [f"{f.line}:{f.code}" for f in analyze(source, "app.py", ALONE, strict=True)]


HEADER = "import asyncio\nimport logging\n"
CORO = "\n\nasync def work():\n    log.info('x')\n    await asyncio.sleep(0)\n"


@pytest.mark.parametrize(
    ("imports", "handler", "code"),
    [
        ("from rich.logging import RichHandler", "RichHandler()", "ASL102"),
        ("import rich.logging", "rich.logging.RichHandler()", "ASL102"),
        ("import colorlog", "colorlog.StreamHandler()", "ASL102"),
        ("from logging_loki import LokiHandler as Loki", "Loki(url='u', version='1')", "ASL101"),
        ("import watchtower", "watchtower.CloudWatchLogHandler(use_queues=False)", "ASL101"),
        ("import watchtower", "watchtower.CloudWatchLogHandler(use_queues=True)", None),
        ("import watchtower", "watchtower.CloudWatchLogHandler()", None),
        ("import splunk_handler", "splunk_handler.SplunkHandler(flush_interval=0)", "ASL101"),
        ("import splunk_handler", "splunk_handler.SplunkHandler(flush_interval=5)", None),
        ("from fluent import asynchandler", "asynchandler.FluentHandler('app')", None),
        ("from fluent import handler", "handler.FluentHandler('app')", "ASL101"),
        ("from myapp.logs import RichHandler", "RichHandler()", None),  # not rich's
        (
            "from rich.console import Console\nfrom rich.logging import RichHandler",
            "RichHandler(console=Console(file=open('app.log', 'a')))",
            "ASL101",
        ),
        (
            "import sys\nfrom rich.console import Console\nfrom rich.logging import RichHandler",
            "RichHandler(console=Console(file=sys.stderr))",
            "ASL102",
        ),
    ],
)
def test_a_catalogued_handler_is_judged_by_its_row(
    imports: str, handler: str, code: str | None
) -> None:
    source = (
        f"{HEADER}{imports}\n\nlog = logging.getLogger('svc')\nlog.propagate = False\n"
        f"log.addHandler({handler})\n{CORO}"
    )
    got = findings(source)
    shift = imports.count("\n")
    if code is None:
        assert got == []
    else:
        assert got == [f"{7 + shift}:ASL103", f"{11 + shift}:{code}"]


def test_the_users_options_still_win() -> None:
    source = (
        f"{HEADER}from rich.logging import RichHandler\n\nlog = logging.getLogger('svc')\n"
        f"log.propagate = False\nlog.addHandler(RichHandler())\n{CORO}"
    )
    quiet = replace(ALONE, nonblocking_handlers=frozenset({"rich.logging.RichHandler"}))
    assert analyze(source, "app.py", quiet, strict=True) == []
