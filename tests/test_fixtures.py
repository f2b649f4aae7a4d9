"""Every `# error:` marker in the fixtures is found, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import FIXTURES, expected, found

FILES = [
    *sorted(FIXTURES.glob("*.py")),
    *sorted((FIXTURES / "realistic").glob("*.py")),
    *sorted((FIXTURES / "realistic2").glob("*.py")),
]


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FIXTURES)) for p in FILES])
def test_markers_match_findings(path: Path) -> None:
    want, got = expected(path), found(path)
    missing = sorted(want - got)
    extra = sorted(got - want)
    assert not missing and not extra, f"missing={missing} unexpected={extra}"


def test_every_rule_has_a_fixture_with_a_flagged_line() -> None:
    from flake8_asynclog.rules import RULES

    for code in RULES:
        path = FIXTURES / f"{code}.py"
        assert path.exists(), f"no fixture for {code}"
        assert any(c == code for _, c in expected(path)), f"{code}.py flags nothing for {code}"
