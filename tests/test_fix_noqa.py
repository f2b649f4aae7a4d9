"""``# noqa`` filtering, checked against flake8's own behaviour."""

from __future__ import annotations

import pytest
from flake8.violation import Violation

from flake8_asynclog.findings import Finding
from flake8_asynclog.noqa import filter_noqa, is_suppressed, split_lines


def _at(line: int, code: str = "ASL106") -> Finding:
    return Finding(code, line, 4, "message")


@pytest.mark.parametrize(
    ("comment", "code", "suppressed"),
    [
        ("# noqa", "ASL106", True),
        ("# NOQA", "ASL106", True),
        ("#noqa", "ASL106", False),  # flake8 needs the space
        ("# noqa: ASL106", "ASL106", True),
        ("# noqa:ASL106,ASL201", "ASL201", True),
        ("# noqa: ASL1", "ASL106", True),  # prefix
        ("# noqa: ASL2", "ASL106", False),
        ("# noqa: E501", "ASL106", False),
        ("# NoQA: asl106", "ASL106", False),  # codes are case-sensitive in flake8
        ("# noqa: ASL106 some words", "ASL106", True),
        ("# noqa : ASL106", "ASL106", True),  # flake8 reads a bare noqa here
        ("# type: ignore  # noqa: ASL2, ASL106", "ASL106", True),
        ("", "ASL106", False),
    ],
)
def test_inline_noqa_matches_flake8(comment: str, code: str, suppressed: bool) -> None:
    line = f"    await logger.info('x')  {comment}\n"
    assert is_suppressed(line, code) is suppressed
    oracle = Violation(code, "f.py", 1, 5, "m", line).is_inline_ignored(disable_noqa=False)
    assert oracle is suppressed


def test_filter_keeps_other_lines_and_codes() -> None:
    source = (
        "async def f():\n"
        "    await logger.info(1)  # noqa\n"
        "    await logger.info(2)  # noqa: ASL101\n"
        "    await logger.info(3)\n"
    )
    findings = [_at(2), _at(3), _at(3, "ASL101"), _at(4)]
    assert filter_noqa(source, findings) == [_at(3), _at(4)]


def test_noqa_after_a_multiline_string_covers_all_its_lines() -> None:
    source = 'async def f():\n    await logger.info("""a\nb\n""")  # noqa: ASL106\n    x = 1\n'
    assert filter_noqa(source, [_at(2), _at(3), _at(5)]) == [_at(5)]


def test_file_level_flake8_noqa_drops_everything() -> None:
    source = "# flake8: noqa\nasync def f():\n    await logger.info(1)\n"
    assert filter_noqa(source, [_at(3)]) == []
    # not at the start of a line: flake8 ignores it
    inline = "x = 1  # flake8: noqa\nasync def f():\n    await logger.info(1)\n"
    assert filter_noqa(inline, [_at(3)]) == [_at(3)]


def test_untokenizable_source_falls_back_to_the_physical_line() -> None:
    source = "async def f(:\n    await logger.info(1)  # noqa\n    x = (\n"
    assert filter_noqa(source, [_at(2), _at(3)]) == [_at(3)]


def test_crlf_and_form_feed_lines_are_numbered_like_python() -> None:
    source = "x = 1\r\ny = 2\x0c\r\nasync def f():\r\n    await logger.info(1)  # noqa\r\n"
    assert len(split_lines(source)) == 4
    assert filter_noqa(source, [_at(4), _at(1)]) == [_at(1)]
