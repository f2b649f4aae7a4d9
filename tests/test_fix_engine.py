"""The fix engine: one libcst pass, transform isolation, and the drop_await transform."""

from __future__ import annotations

import ast
import dataclasses
import typing
from typing import Any, cast

import libcst as cst
import pytest

from flake8_asynclog import fixes
from flake8_asynclog.findings import Finding
from flake8_asynclog.fix import engine
from flake8_asynclog.fix.engine import (
    EngineError,
    FixContext,
    apply_fixes,
    byte_to_char,
    node_at,
)
from flake8_asynclog.fix.transforms import TRANSFORMS
from flake8_asynclog.fixes import DropAwait


def awaits(source: str) -> list[Finding]:
    """An ASL106 finding (fix: drop_await) on every ``await`` of ``source``, ast positions."""
    return [
        Finding("ASL106", n.lineno, n.col_offset, "await on logging", DropAwait())
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Await)
    ]


def fixed(source: str) -> str:
    new, applied = apply_fixes(source, awaits(source))
    assert len(applied) == len(awaits(source))
    return new


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('async def f():\n    await logger.info("x")\n', 'async def f():\n    logger.info("x")\n'),
        (
            "async def f():\n    x = (  await  logger.info(1))  # c\n",
            "async def f():\n    x = (  logger.info(1))  # c\n",
        ),
        ("async def f():\n    await (logger.info(1))\n", "async def f():\n    (logger.info(1))\n"),
        (
            "async def f():\n    return await lg.info(1)\n",
            "async def f():\n    return lg.info(1)\n",
        ),
        (
            "async def f():\n    y = [await a.info(await b.info(1))]\n",
            "async def f():\n    y = [a.info(b.info(1))]\n",
        ),
        (  # a comment between ``await`` and its operand survives
            "async def f():\n    x = (await  # why\n         c.info(2))\n",
            "async def f():\n    x = ((  # why\n         c.info(2)))\n",
        ),
        (  # non-ASCII before the await: ast's byte column is converted to characters
            'async def f():\n    s = "é€"; await logger.info("ü")\n',
            'async def f():\n    s = "é€"; logger.info("ü")\n',
        ),
        (
            "async def f():\r\n    await log.info(1)  # c\r\n    x = 1\r\n",
            "async def f():\r\n    log.info(1)  # c\r\n    x = 1\r\n",
        ),
    ],
)
def test_drop_await(before: str, after: str) -> None:
    assert fixed(before) == after
    compile(after, "<test>", "exec")


def test_drop_await_is_idempotent() -> None:
    source = "async def f():\n    await logger.info(1); await (logger.debug(2))\n"
    once = fixed(source)
    assert "await" not in once
    again, applied = apply_fixes(once, awaits(once))
    assert (again, applied) == (once, [])


def test_position_without_await_is_left_alone() -> None:
    source = "async def f():\n    logger.info(1)\n"
    finding = Finding("ASL106", 2, 4, "m", DropAwait())
    assert apply_fixes(source, [finding]) == (source, [])


def test_findings_without_fix_or_with_unknown_kind_are_ignored() -> None:
    source = "async def f():\n    await logger.info(1)\n"
    findings = [
        Finding("ASL101", 2, 4, "no fix"),
        Finding("ASL106", 2, 4, "unknown", cast(Any, KINDS["no_transform"]())),
    ]
    assert apply_fixes(source, findings) == (source, [])


def test_byte_to_char() -> None:
    line = 'x = "é€"; await f()'
    assert byte_to_char(line, len('x = "é€"; '.encode())) == len('x = "é€"; ')
    assert byte_to_char("plain", 3) == 3
    assert byte_to_char(line, 0) == 0


def test_node_at_returns_the_outermost_node_of_the_type() -> None:
    wrapper = cst.MetadataWrapper(cst.parse_module("x = f(1)(2)\n"))
    outer = node_at(wrapper, 1, 4, cst.Call)
    assert outer is not None and cst.Module([]).code_for_node(outer) == "f(1)(2)"
    assert node_at(wrapper, 1, 4, cst.Await) is None
    positions = wrapper.resolve(cst.metadata.PositionProvider)
    assert node_at(positions, 1, 0, cst.Name) is not None


def test_every_fix_class_has_a_transform_that_loads() -> None:
    kinds = typing.get_args(fixes.Fix)
    assert set(kinds) == set(TRANSFORMS)
    assert all(engine.transform_for(kind.__new__(kind)) is not None for kind in kinds)


# -- isolation: transforms that fail must not take the others down -----------------------


class _Rename(cst.CSTTransformer):
    def __init__(self, target: cst.Name) -> None:
        super().__init__()
        self.target = target

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        return (
            updated_node.with_changes(value="log") if original_node is self.target else updated_node
        )


class _Explode(cst.CSTTransformer):
    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        raise RuntimeError("transformer bug")


class _ReturnAtModuleLevel(cst.CSTTransformer):
    """Replaces the statement at the finding with ``return 1`` (parses, does not compile)."""

    def __init__(self, target: cst.SimpleStatementLine) -> None:
        super().__init__()
        self.target = target

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement:
        if original_node is self.target:
            return cst.parse_statement("return 1\n")
        return updated_node


def _rename(fix: object, ctx: FixContext) -> cst.CSTTransformer | None:
    target = ctx.node_at(cst.Name)
    return None if target is None else _Rename(target)


def _factory_raises(fix: object, ctx: FixContext) -> cst.CSTTransformer | None:
    raise ValueError("factory bug")


def _pass_raises(fix: object, ctx: FixContext) -> cst.CSTTransformer | None:
    return _Explode()


def _breaks_compile(fix: object, ctx: FixContext) -> cst.CSTTransformer | None:
    target = ctx.node_at(cst.SimpleStatementLine)
    return None if target is None else _ReturnAtModuleLevel(target)


#: Fix classes of the tests' own (only ``no_transform`` has no transform).
KINDS = {
    name: dataclasses.make_dataclass(name, [], frozen=True)
    for name in ("rename", "factory_raises", "pass_raises", "breaks_compile", "no_transform")
}


@pytest.fixture
def extra_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    for kind, factory in {
        "rename": _rename,
        "factory_raises": _factory_raises,
        "pass_raises": _pass_raises,
        "breaks_compile": _breaks_compile,
    }.items():
        monkeypatch.setitem(engine._LOADED, KINDS[kind], factory)


SOURCE = """\
import logging
x = 1
async def f():
    await logger.info(1)
y = 2
async def g():
    await logger.info(2)
"""


def _finding(line: int, col: int, kind: str) -> Finding:
    return Finding("ASL999", line, col, kind, cast(Any, KINDS[kind]()))


@pytest.mark.usefixtures("extra_kinds")
@pytest.mark.parametrize("bad_kind", ["factory_raises", "pass_raises", "breaks_compile"])
def test_a_failing_transform_leaves_only_its_finding_unfixed(bad_kind: str) -> None:
    bad = _finding(2, 0, bad_kind)
    good = awaits(SOURCE)
    new, applied = apply_fixes(SOURCE, [bad, *good])
    assert applied == good
    assert new == SOURCE.replace("await ", "")


@pytest.mark.usefixtures("extra_kinds")
def test_two_fixes_on_one_expression_compose() -> None:
    rename = _finding(4, 10, "rename")  # the ``logger`` name inside ``await logger.info(1)``
    drop = awaits(SOURCE)[0]
    new, applied = apply_fixes(SOURCE, [rename, drop])
    assert "    log.info(1)\n" in new
    assert sorted(applied, key=lambda f: f.code) == [drop, rename]


def test_source_libcst_cannot_parse_is_an_engine_error() -> None:
    source = "async def f(:\n"
    with pytest.raises(EngineError, match=r"^libcst cannot parse the file: error at 2:0: "):
        apply_fixes(source, [Finding("ASL106", 1, 0, "m", DropAwait())])


def test_source_too_deep_for_libcst_is_an_engine_error() -> None:
    source = "async def f():\n    await logger.info(1)\nx = a" + ".b" * 450 + "\n"
    with pytest.raises(EngineError, match=r"^the code is nested too deeply for libcst$"):
        apply_fixes(source, [Finding("ASL106", 2, 4, "m", DropAwait())])
