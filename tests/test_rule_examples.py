"""Each rule's documented example is flagged with its code at its marked line, and its
``use_instead`` is clean (both run in the rule's ``context``)."""

from __future__ import annotations

import dataclasses

import pytest

from flake8_asynclog.checker import analyze
from flake8_asynclog.docs import is_prose
from flake8_asynclog.fix.transforms.queue_setup import HELPER, IMPORTS
from flake8_asynclog.rules import RULES
from flake8_asynclog.rules.base import Rule
from flake8_asynclog.settings import DEFAULT_SETTINGS

SETTINGS = dataclasses.replace(DEFAULT_SETTINGS, project_scan=False)


def findings(rule: Rule, code: str) -> list[tuple[int, str]]:
    program = rule.program(code)
    if "WriteOffLoop" in program:  # the class the fixer writes, defined as it writes it
        imports = "".join(f"import {name}\n" for name, _ in IMPORTS)
        program = imports + HELPER + "\n" + program
    found = analyze(program, "example.py", SETTINGS, strict=True)
    lines = program.splitlines()
    return [(f.line, lines[f.line - 1]) for f in found if f.code == rule.code] + [
        (0, f.code) for f in found if f.code != rule.code
    ]


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_example_is_flagged_at_its_marked_line(code: str) -> None:
    rule = RULES[code]
    found = findings(rule, rule.example)
    flagged = [text for line, text in found if line]
    assert flagged, f"{code}: the example is not flagged"
    assert all(f"# {code}" in text for text in flagged), flagged
    marked = [line for line in rule.example.splitlines() if f"# {code}" in line]
    assert len(marked) == len(flagged), (marked, flagged)


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_replacement_is_clean(code: str) -> None:
    rule = RULES[code]
    assert not is_prose(rule.use_instead), f"{code}: use_instead should be code"
    assert findings(rule, rule.use_instead) == []
