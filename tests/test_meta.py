"""Registry, README, CHANGELOG and fixtures stay in step."""

from __future__ import annotations

import re

from flake8_asynclog.docs import END, START, render
from flake8_asynclog.rules import RULES

from .helpers import FIXTURES, ROOT, expected


def test_readme_rules_section_is_rendered_from_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(START) + len(START) : readme.index(END)]
    assert section.strip() == render().strip(), "run: python -m flake8_asynclog.docs"


def test_every_rule_is_in_the_changelog() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    missing = [code for code in RULES if code not in changelog]
    assert not missing


def test_rule_records_are_complete() -> None:
    for code, rule in RULES.items():
        assert re.fullmatch(r"ASL[123]\d\d", code)
        assert rule.code == code
        for field in ("name", "summary", "message", "what", "why", "example", "use_instead"):
            assert getattr(rule, field).strip(), f"{code}.{field} is empty"
        assert code in rule.example or rule.example.count("#") >= 1, code
        if rule.fixable:
            assert rule.fix_safety, f"{code} is fixable but says nothing about fix safety"


def test_fixture_markers_name_only_known_codes() -> None:
    for path in FIXTURES.rglob("*.py"):
        for _, code in expected(path):
            assert code in RULES, f"{path.name}: unknown code {code}"


def test_readme_starts_with_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    assert blocks[0] == "python -m pip install . && flake8 --select ASL fixtures/"
    assert blocks[1] == "python -m pip install '.[test]' && python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1] in ci
