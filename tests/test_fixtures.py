"""Every `# error:` marker in the fixtures is found, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import EVERY_CALL, FIXTURES, expected, expected_every_call, found, found_at, markers

FILES = [
    *sorted(FIXTURES.glob("*.py")),
    *sorted((FIXTURES / "realistic").glob("*.py")),
    *sorted((FIXTURES / "realistic2").glob("*.py")),
    *sorted((FIXTURES / "ecosystem").glob("*.py")),
    *sorted((FIXTURES / "shapes").glob("*.py")),  # shapes real code takes
]


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FIXTURES)) for p in FILES])
def test_markers_match_findings(path: Path) -> None:
    want, got = expected(path), found(path)
    missing = sorted(want - got)
    extra = sorted(got - want)
    assert not missing and not extra, f"missing={missing} unexpected={extra}"


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FIXTURES)) for p in FILES])
def test_every_call_option_adds_the_later_calls_of_each_coroutine(path: Path) -> None:
    want, got = expected_every_call(path), found(path, EVERY_CALL)
    assert want == got, f"missing={sorted(want - got)} unexpected={sorted(got - want)}"


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FIXTURES)) for p in FILES])
def test_markers_with_a_column_match_the_finding_column(path: Path) -> None:
    columns = {(line, code, col) for line, code, col in found_at(path)}
    wrong = [m for m in markers(path) if m[2] is not None and m not in columns]
    assert not wrong, f"no finding at these (line, code, column): {wrong}"


def test_some_markers_carry_a_column() -> None:
    assert sum(m[2] is not None for path in FILES for m in markers(path)) >= 10


def test_every_rule_has_a_fixture_with_a_flagged_line() -> None:
    from flake8_asynclog.rules import RULES

    for code in RULES:
        path = FIXTURES / f"{code}.py"
        assert path.exists(), f"no fixture for {code}"
        assert any(c == code for _, c in expected(path)), f"{code}.py flags nothing for {code}"
