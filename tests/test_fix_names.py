"""ASL103's fix is offered only where the names its generated code uses mean the modules."""

from __future__ import annotations

import dataclasses

from flake8_asynclog.checker import analyze
from flake8_asynclog.settings import DEFAULT_SETTINGS

SETTINGS = dataclasses.replace(DEFAULT_SETTINGS, project_scan=False)

SETUP = """\
import asyncio
import logging


class Scheduler:
    @property
    def threading(self):  # a class body's name: never seen by generated code
        return []


def drain(items):
    threading = list(items)  # another function's local: never seen by generated code
    return threading


async def main():
    logging.basicConfig(filename="app.log")
    logging.info("started")
{extra}

asyncio.run(main())
"""


def asl103(source: str) -> list[object]:
    found = analyze(source, "app.py", SETTINGS, strict=True)
    return [f.fix for f in found if f.code == "ASL103"]


def test_names_bound_in_class_bodies_and_other_functions_do_not_block_the_fix() -> None:
    fixes = asl103(SETUP.format(extra=""))
    assert len(fixes) == 1 and fixes[0] is not None


def test_a_local_of_the_function_the_call_goes_into_blocks_the_fix() -> None:
    fixes = asl103(SETUP.format(extra="    WriteOffLoop = None"))
    assert fixes == [None]


def test_a_local_the_inserted_call_does_not_use_does_not_block_the_fix() -> None:
    fixes = asl103(SETUP.format(extra="    threading = None"))
    assert len(fixes) == 1 and fixes[0] is not None


def test_a_module_level_rebinding_blocks_the_fix() -> None:
    source = SETUP.format(extra="") + "threading = []\n"
    assert asl103(source) == [None]
