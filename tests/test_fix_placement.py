"""Where the fixer puts the WriteOffLoop class: after the imports it needs, before any code
that runs install() at import time; when there is no such place, it changes nothing."""

from __future__ import annotations

from flake8_asynclog.config import CodeSelection
from flake8_asynclog.fix.pipeline import Options, fix_text
from flake8_asynclog.settings import DEFAULT_SETTINGS

OPTIONS = Options(DEFAULT_SETTINGS, CodeSelection())

LATE_IMPORT = '''\
"""Exports first, imports after."""
__all__ = ["logging"]

import asyncio
import logging
from logging.handlers import RotatingFileHandler

logging.basicConfig(handlers=[RotatingFileHandler("app.log")])


async def main():
    logging.info("x")


asyncio.run(main())
'''

RUNS_BEFORE_IMPORT = """\
import asyncio


def setup():
    import logging

    logging.getLogger("x").addHandler(logging.FileHandler("x.log"))


setup()
import logging


async def main():
    logging.getLogger("x").info("x")


asyncio.run(main())
"""


def test_the_class_follows_a_late_import_block_and_precedes_the_set_up() -> None:
    new, fixed, _ = fix_text(LATE_IMPORT, "app.py", OPTIONS)
    assert [f.code for f in fixed] == ["ASL103"]
    lines = new.splitlines()
    at = lines.index("class WriteOffLoop(logging.Filter):")
    assert lines.index("from logging.handlers import RotatingFileHandler") < at
    assert at < lines.index("WriteOffLoop.install(logging.getLogger())")
    namespace: dict[str, object] = {"__name__": "not_main"}
    exec(compile(new.replace("asyncio.run(main())", ""), "app.py", "exec"), namespace)
    assert "WriteOffLoop" in namespace


def test_no_place_before_import_time_code_that_installs_means_no_change() -> None:
    new, fixed, left = fix_text(RUNS_BEFORE_IMPORT, "app.py", OPTIONS)
    assert new == RUNS_BEFORE_IMPORT and not fixed
    assert "ASL103" in {f.code for f in left}
