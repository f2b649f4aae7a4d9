"""Fuzzing: generated programs never break the checker or the fixer, and planted
tutorial patterns are still found inside generated modules.

Short by default (``max_examples=30``); set ``ASL_FUZZ_EXAMPLES=2000`` for a long run,
or run the ``slow`` variants (``python -m pytest -m slow tests/test_robust_fuzz.py``),
which use ``ASL_FUZZ_EXAMPLES`` or 1000 examples.

The file name handed to the checker does not exist, so no project around it is read
and the results depend only on the generated text.
"""

from __future__ import annotations

import ast
import difflib
import itertools
import keyword
import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import hypothesmith
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from flake8_asynclog.checker import analyze
from flake8_asynclog.config import CodeSelection
from flake8_asynclog.findings import Finding
from flake8_asynclog.fix.pipeline import FixError, Options, fix_text
from flake8_asynclog.noqa import split_lines
from flake8_asynclog.settings import DEFAULT_SETTINGS

SHORT = int(os.environ.get("ASL_FUZZ_EXAMPLES", "30"))
LONG = int(os.environ.get("ASL_FUZZ_EXAMPLES", "1000"))
FILENAME = "asynclog-fuzz/generated.py"  # never exists: no project scan
OPTIONS = Options(DEFAULT_SETTINGS, CodeSelection())
# Makes the checker walk every generated module (its text pre-check looks for these).
HEADER = "import asyncio\nimport logging\n"


def fuzz_settings(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )


def parse(source: str) -> ast.Module | None:
    """The module, if it parses and compiles (warnings silenced), else ``None``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, FILENAME)
            compile(tree, FILENAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, TypeError):
        return None
    return tree


def lint(source: str, tree: ast.Module | None = None) -> list[Finding]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return analyze(source, FILENAME, DEFAULT_SETTINGS, tree, strict=True)


# What the fixer may refuse generated code for (libcst limits; the file is left alone).
LIBCST_LIMITS = ("nested too deeply", "libcst would not write the file back unchanged")


def check_fixer(source: str) -> tuple[str, list[Finding]]:
    """Fix ``source``: the result compiles and a second run changes nothing."""
    try:
        new, fixed, _ = fix_text(source, FILENAME, OPTIONS)
    except FixError as exc:
        assert any(limit in str(exc) for limit in LIBCST_LIMITS), exc
        return source, []
    if new != source:
        assert parse(new) is not None, f"fixed code does not compile:\n{new}"
        again, refixed, _ = fix_text(new, FILENAME, OPTIONS)
        assert again == new, f"not idempotent, second run fixed {refixed}:\n{new}"
    return new, fixed


# --- generated programs ---------------------------------------------------------------

programs = st.one_of(
    hypothesmith.from_grammar(),
    hypothesmith.from_node(),
)


def check_program(source: str) -> None:
    text = HEADER + source
    tree = parse(text)
    assume(tree is not None)
    lint(text, tree)  # strict: an internal failure raises here
    check_fixer(text)


@fuzz_settings(SHORT)
@given(source=programs)
def test_generated_programs_do_not_break_checker_or_fixer(source: str) -> None:
    check_program(source)


@pytest.mark.slow
@fuzz_settings(LONG)
@given(source=programs)
def test_generated_programs_long(source: str) -> None:
    check_program(source)


# --- planted patterns -----------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    """A tutorial mistake; ``# ASLnnn`` comments mark the lines it must be flagged on."""

    name: str
    code: str

    @property
    def expected(self) -> set[tuple[int, str]]:
        out = set()
        for number, line in enumerate(self.code.splitlines(), 1):
            if "# ASL" in line:
                for code in line.split("# ", 1)[1].split(","):
                    out.add((number, code.strip()))
        return out


PATTERNS = (
    Pattern(
        "local-shadow",
        "import asyncio\n"
        "LOGGER_TASK = None\n"
        "\n"
        "\n"
        "async def safely_start_logger():\n"
        "    LOGGER_TASK = asyncio.create_task(init_logger())  # ASL202\n"
        "    await asyncio.sleep(0)\n",
    ),
    Pattern(
        "basic-config-file",
        "import logging\n"
        "\n"
        "\n"
        "def setup_logging():\n"
        '    logging.basicConfig(filename="app.log", level=logging.INFO)  # ASL103\n'
        "\n"
        "\n"
        "async def handle_request(request):\n"
        '    logging.info("got %s", request)  # ASL101\n'
        "\n"
        "\n"
        "async def serve_forever():\n"
        "    setup_logging()\n"
        "    await handle_request(1)\n",
    ),
    Pattern(
        "await-logging",
        "import logging\n"
        "\n"
        'shop_log = logging.getLogger("shop")\n'
        "\n"
        "\n"
        "async def announce():\n"
        '    await shop_log.info("ready")  # ASL106\n',
    ),
    Pattern(
        "asyncio-queue",
        "import asyncio\n"
        "import logging\n"
        "from logging.handlers import QueueHandler, QueueListener\n"
        "\n"
        "\n"
        "def setup_queue_logging():\n"
        "    log_queue = asyncio.Queue()  # ASL301\n"
        '    logging.getLogger("audit").addHandler(QueueHandler(log_queue))\n'
        '    listener = QueueListener(log_queue, logging.FileHandler("a.log", delay=True))\n'
        "    listener.start()  # ASL302\n"
        "    return log_queue\n",
    ),
    Pattern(
        "dropped-task",
        "import asyncio\n"
        "\n"
        "\n"
        "async def fire_and_forget():\n"
        "    asyncio.create_task(init_logger())  # ASL201\n",
    ),
)
FIXABLE = {"ASL103", "ASL106", "ASL201", "ASL202", "ASL203", "ASL301", "ASL302"}


def _identifiers(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.alias):
            names.update((node.name.split(".")[0], node.asname or ""))
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names.update(node.names)
    names.discard("")
    return names


# Generated code must not rebind (or even mention) a name the patterns use.
RESERVED = frozenset(
    set().union(*(_identifiers(ast.parse(p.code)) for p in PATTERNS))
    | {"queue", "atexit", "handlers", "init_logger", "print"}
)


def unrelated(source: str) -> bool:
    """Whether generated code can sit next to the patterns without changing their
    meaning: it compiles on its own, ends a line, and touches none of their names
    (no star import, which could rebind any of them)."""
    if not source.endswith("\n") or "\\" in source.rstrip()[-1:]:
        return False
    tree = parse(source)
    if tree is None:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (
            node.module == "__future__" or any(a.name == "*" for a in node.names)
        ):
            return False
    return not (_identifiers(tree) & RESERVED)


def _is_name(text: str) -> bool:
    return text.isidentifier() and not keyword.iskeyword(text) and text not in RESERVED


names = st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True).filter(_is_name)
class_names = st.from_regex(r"[A-Z][A-Za-z0-9]{0,7}", fullmatch=True).filter(_is_name)
literals = st.one_of(
    st.integers(-1000, 1000).map(str),
    st.text("abc xyz", max_size=5).map(repr),
    st.just("None"),
    st.just("[]"),
)


@st.composite
def statement(draw: st.DrawFn, indent: str, is_async: bool) -> str:
    a, b = draw(names), draw(names)
    choices = [
        f"{a} = {draw(literals)}",
        f"{a} = [{b} for {b} in range({draw(st.integers(0, 9))})]",
        f"if {a}:\n{indent}    {b} = {draw(literals)}",
        f"for {a} in range(3):\n{indent}    pass",
        f"while False:\n{indent}    break",
        f"try:\n{indent}    {a} = 1\n{indent}except Exception:\n{indent}    {b} = 2",
        f"with open({draw(literals)}) as {a}:\n{indent}    pass",
        f"{a}, {b} = {b}, {a}" if a != b else "pass",
    ]
    if is_async:
        choices.append(f"await {a}()")
    return draw(st.sampled_from(choices))


@st.composite
def function(draw: st.DrawFn, indent: str = "") -> str:
    is_async = draw(st.booleans())
    args = ", ".join(dict.fromkeys(draw(st.lists(names, max_size=3))))
    if indent:
        args = "self" + (", " + args if args else "")
    body = draw(st.lists(statement(indent + "    ", is_async), min_size=1, max_size=4))
    body.append(f"return {draw(st.one_of(names, literals))}")
    head = f"{indent}{'async ' if is_async else ''}def {draw(names)}({args}):\n"
    return head + "".join(f"{indent}    {line}\n" for line in body)


@st.composite
def klass(draw: st.DrawFn) -> str:
    methods = draw(st.lists(function("    "), min_size=1, max_size=3))
    return f"class {draw(class_names)}:\n" + "\n".join(methods)


composed_blocks = st.lists(st.one_of(function(), klass()), max_size=4)


@st.composite
def generated_halves(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """One generated program (hypothesmith allows one per example), split between two
    top-level statements into the code before and after the patterns."""
    source = draw(programs)
    tree = parse(source)
    assume(tree is not None)
    lines = split_lines(source)  # as Python numbers them (not str.splitlines)
    cuts = [0, *(node.lineno - 1 for node in tree.body[1:]), len(lines)]
    cut = draw(st.sampled_from(cuts))
    halves = ["".join(lines[:cut]), "".join(lines[cut:])]
    assume(all(not half.strip() or unrelated(half) for half in halves))
    return [h for h in halves[:1] if h.strip()], [h for h in halves[1:] if h.strip()]


def combine(parts: Sequence[str]) -> tuple[str, list[int]]:
    """Join blocks with blank lines; the first line number of each block."""
    text, starts = "", []
    for part in parts:
        if text:
            text += "\n\n"
        starts.append(len(split_lines(text)) + 1)
        text += part if part.endswith("\n") else part + "\n"
    return text, starts


def check_planted(before: list[str], patterns: Sequence[Pattern], after: list[str]) -> None:
    text, starts = combine([*before, *(p.code for p in patterns), *after])
    assert parse(text) is not None, text
    want = {
        (start + line - 1, code)
        for start, pattern in zip(starts[len(before) :], patterns)
        for line, code in pattern.expected
    }
    found = {(f.line, f.code) for f in lint(text)}
    assert want <= found, f"missed {sorted(want - found)} in:\n{text}"
    new, fixed = check_fixer(text)
    if new == text and not fixed:  # refused (a libcst limit): nothing else to check
        return
    assert {c for _, c in want if c in FIXABLE} <= {f.code for f in fixed}, text
    left = [f for f in lint(new) if f.fix is not None]
    assert not left, f"still fixable after the fix: {left}\n{new}"
    # Every line of the generated code around the patterns is still there, byte for byte.
    old_lines, new_lines = split_lines(text), split_lines(new)
    first = max(starts[len(before)] - 3, 0)  # with the blank lines before the patterns
    last = starts[len(before) + len(patterns)] - 1 if after else len(old_lines)
    pattern_lines = set(range(first, last))
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            assert set(range(i1, i2)) <= pattern_lines, f"lost {old_lines[i1:i2]} in:\n{new}"


def test_patterns_alone_and_together_are_found_and_fixed() -> None:
    for size in range(1, len(PATTERNS) + 1):
        for group in itertools.combinations(PATTERNS, size):
            check_planted([], group, [])


pattern_groups = st.lists(st.sampled_from(PATTERNS), min_size=1, max_size=3, unique=True)


@fuzz_settings(SHORT)
@given(before=composed_blocks, patterns=pattern_groups, after=composed_blocks)
def test_patterns_planted_among_random_functions_and_classes(
    before: list[str], patterns: list[Pattern], after: list[str]
) -> None:
    check_planted(before, patterns, after)


@fuzz_settings(SHORT)
@given(halves=generated_halves(), patterns=pattern_groups)
def test_patterns_planted_among_generated_statements(
    halves: tuple[list[str], list[str]], patterns: list[Pattern]
) -> None:
    check_planted(halves[0], patterns, halves[1])


@pytest.mark.slow
@fuzz_settings(LONG)
@given(before=composed_blocks, patterns=pattern_groups, after=composed_blocks)
def test_planted_among_random_functions_long(
    before: list[str], patterns: list[Pattern], after: list[str]
) -> None:
    check_planted(before, patterns, after)


@pytest.mark.slow
@fuzz_settings(LONG)
@given(halves=generated_halves(), patterns=pattern_groups)
def test_planted_among_generated_statements_long(
    halves: tuple[list[str], list[str]], patterns: list[Pattern]
) -> None:
    check_planted(halves[0], patterns, halves[1])
