"""The text pre-check skips only modules no rule can fire on."""

from __future__ import annotations

import dataclasses

import pytest

from flake8_asynclog.checker import analyze
from flake8_asynclog.precheck import imports_logging, relevant
from flake8_asynclog.settings import DEFAULT_SETTINGS

SETTINGS = dataclasses.replace(DEFAULT_SETTINGS, project_scan=False)


@pytest.mark.parametrize(
    "source",
    [
        "import logging\n",
        "import os, logging\n",
        "import logging.handlers as lh\n",
        "from logging import getLogger\n",
        "from logging.handlers import (\n    QueueHandler,\n)\n",
        "def f():\n    import logging\n",
        "if True:\n\tfrom logging import config\n",
        "import coloredlogs\ncoloredlogs.install()\n",  # a helper that attaches handlers
        "from discord.utils import setup_logging\n",
        "import click_log\n",
    ],
)
def test_modules_importing_logging_are_read(source: str) -> None:
    assert imports_logging(source) and relevant(source)


@pytest.mark.parametrize(
    "source",
    [
        "x = 1\n",
        "# logging is configured by the caller\nimport os\n",
        '"""No logging here."""\nlog_level = "logging.INFO"\n',
        "import os  # logging comes later\n",
        "from .log import logger  # a project logger, not the stdlib's logging\n",
    ],
)
def test_modules_only_mentioning_logging_are_skipped(source: str) -> None:
    assert not relevant(source)


def test_coroutines_logging_through_a_project_logger_are_read() -> None:
    source = "from app.log import LOGGER\n\nasync def f():\n    LOGGER.info('x')\n"
    assert not imports_logging(source) and relevant(source)
    assert not relevant("from app.log import LOGGER\n\ndef f():\n    LOGGER.info('x')\n")


def test_task_starting_modules_are_read_without_logging() -> None:
    assert relevant("import asyncio\nasyncio.create_task(init_logger())\n")
    assert relevant("import asyncio\nasyncio.ensure_future(init_logger())\n")


def test_a_skipped_module_has_no_findings_the_walk_would_have_made() -> None:
    # Without an import of logging, a log call in a coroutine resolves to nothing.
    source = "import asyncio\n\nasync def f(logging):\n    await logging.info('x')\n"
    assert not imports_logging(source)
    walked = analyze(source + "# create_task\n", "m.py", SETTINGS, strict=True)
    assert walked == []


def _every_program() -> list[tuple[str, str]]:
    """The fixtures and every rule's example and replacement, as (name, source)."""
    from flake8_asynclog.rules import RULES

    from .helpers import FIXTURES

    out = [(str(p.relative_to(FIXTURES)), p.read_text(encoding="utf-8"))
           for p in sorted(FIXTURES.rglob("*.py"))]  # fmt: skip
    for rule in RULES.values():
        out.append((f"{rule.code} example", rule.program(rule.example)))
        out.append((f"{rule.code} use_instead", rule.program(rule.use_instead)))
    return out


@pytest.mark.parametrize(("name", "source"), _every_program(), ids=lambda v: str(v)[:40])
def test_no_rule_fires_on_a_module_the_pre_check_would_skip(name: str, source: str) -> None:
    """The rules run without the pre-check: anything they find must be in a module the
    pre-check keeps (a rule that can fire elsewhere needs a word added to it)."""
    import ast

    from flake8_asynclog.checker import _checks

    findings = _checks(ast.parse(source), name, SETTINGS, True)
    assert not findings or relevant(source), [f.code for f in findings]
