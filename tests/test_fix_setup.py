"""Where ASL103's fix goes and how it names the logger (fix_builders), read from the fix data."""

from __future__ import annotations

import dataclasses
from typing import cast

import pytest

from flake8_asynclog.checker import analyze
from flake8_asynclog.fixes import QueueSetup
from flake8_asynclog.settings import DEFAULT_SETTINGS

SETTINGS = dataclasses.replace(DEFAULT_SETTINGS, project_scan=False)


def asl103(source: str, filename: str = "app.py") -> list[QueueSetup | None]:
    found = analyze(source, filename, SETTINGS, strict=True)
    fixes = [f.fix for f in found if f.code == "ASL103"]
    assert all(fix is None or isinstance(fix, QueueSetup) for fix in fixes)
    return cast("list[QueueSetup | None]", fixes)


PROGRAM = """\
import asyncio
import logging

log = logging.getLogger("worker")


def setup():
{setup}


async def main():
    setup()
    log.info("x")


if __name__ == "__main__":
    asyncio.run(main())
"""


@pytest.mark.parametrize(
    ("setup", "logger"),
    [
        ('    log.addHandler(logging.FileHandler("w.log"))', "log"),
        ('    logging.getLogger("worker").addHandler(logging.FileHandler("w.log"))', None),
        ('    log.handlers = [logging.FileHandler("w.log")]', "log"),
    ],
)
def test_the_logger_is_named_as_the_set_up_names_it(setup: str, logger: str | None) -> None:
    fixes = asl103(PROGRAM.format(setup=setup), "worker.py")
    assert len(fixes) == 1 and fixes[0] is not None
    # a literal stays a literal: in worker.py run as a script, __name__ is "__main__"
    assert fixes[0].loggers == (logger or 'logging.getLogger("worker")',)


def test_get_logger_of_dunder_name_stays_dunder_name() -> None:
    source = PROGRAM.replace('getLogger("worker")', "getLogger(__name__)").format(
        setup='    logging.getLogger(__name__).addHandler(logging.FileHandler("w.log"))'
    )
    fixes = asl103(source, "worker.py")
    assert [f.loggers for f in fixes if f] == [("logging.getLogger(__name__)",)]


def test_a_script_logs_through_dunder_main_not_its_file_name() -> None:
    # root has a stream handler; getLogger(__name__) in a script is "__main__" and reaches
    # it, while the "worker" logger (propagate off) has its own file handler
    source = PROGRAM.replace('    log.info("x")', '    logging.getLogger(__name__).info("x")')
    setup = (
        '    log.addHandler(logging.FileHandler("w.log"))\n'
        "    log.propagate = False\n"
        "    logging.getLogger().addHandler(logging.StreamHandler())"
    )
    found = analyze(source.format(setup=setup), "worker.py", SETTINGS, strict=True)
    assert [f.code for f in found if f.code in ("ASL101", "ASL102")] == ["ASL102"]


def test_consecutive_set_ups_of_one_logger_get_one_install() -> None:
    setup = (
        '    log.addHandler(logging.FileHandler("a.log"))\n'
        "    log.addHandler(logging.StreamHandler())"
    )
    fixes = asl103(PROGRAM.format(setup=setup))
    assert len(fixes) == 2
    assert fixes[0] is None and fixes[1] is not None  # the later one covers both handlers


def test_set_ups_in_different_blocks_each_get_their_install() -> None:
    setup = (
        "    if True:\n"
        '        log.addHandler(logging.FileHandler("a.log"))\n'
        "    log.addHandler(logging.StreamHandler())"
    )
    fixes = asl103(PROGRAM.format(setup=setup))
    assert len(fixes) == 2 and all(fix is not None for fix in fixes)


def test_handlers_added_later_to_the_same_logger_are_covered_too() -> None:
    setup = (
        "    log.addHandler(logging.StreamHandler())\n"
        "    extra = [make_handler(name) for name in ('a', 'b')]\n"
        "    for handler in extra:\n"
        "        log.addHandler(handler)"
    )
    fixes = asl103(PROGRAM.format(setup=setup))
    assert [f.after for f in fixes if f] == [(10, 4)]  # after the loop, not line 8


def test_a_helper_module_with_a_self_test_block_keeps_its_name() -> None:
    source = PROGRAM.replace("    asyncio.run(main())", "    setup()")
    source = source.replace('getLogger("worker")', "getLogger(__name__)")
    found = analyze(
        source.format(setup='    log.addHandler(logging.FileHandler("w.log"))'), "w.py", SETTINGS
    )
    assert "ASL101" in {f.code for f in found}  # log is "w", the logger the set-up fills
