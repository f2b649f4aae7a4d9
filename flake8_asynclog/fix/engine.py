"""Apply the checker's fixes to a source text with libcst, in one pass.

How fixes are applied
---------------------
The source is parsed once and wrapped in a ``MetadataWrapper``. For every
finding whose ``fix`` is not ``None``, the transform of the fix's class
(``transforms.TRANSFORMS``) is called with the fix and a
:class:`FixContext` on that ORIGINAL tree; it returns a ``CSTTransformer``
(or ``None``: nothing to do). All the transformers then run together in ONE
traversal of the original tree (a composite transformer calls each one's
``visit_*`` / ``leave_*`` in source order of the findings), so every position
refers to the original text and no re-parse is needed between fixes.

Rules for transformers (they share the pass):

* find targets with :meth:`FixContext.node_at` before the pass and recognise
  them in ``leave_*`` by identity (``original_node is self.target``);
* build the result from ``updated_node`` (it carries the other fixes'
  changes) and return ``updated_node`` itself when not changing a node (a
  transformer that returned a different object counts as applied);
* metadata declared in ``METADATA_DEPENDENCIES`` is resolved on the shared
  wrapper, so ``self.get_metadata(...)`` works as usual.

When two fixes rewrite the same node and one replaces it with a sentinel
(``FlattenSentinel`` / ``RemoveFromParent``), the later one is not applied;
the pipeline re-analyses the result and applies it in a later round.

Safety: an exception in a transform factory drops that finding; an exception
during the pass, or a result that does not compile (while the input did),
switches to a slow path that adds the fixes one at a time and keeps those
after which the code still compiles. Transforms never raise out of
:func:`apply_fixes`; only a text libcst cannot handle at all (it does not
parse, it is nested too deeply for libcst's recursive visitors, or libcst would
not write it back byte for byte, e.g. a form feed before a statement) raises
:class:`EngineError`, so that the file is reported instead of silently left or
changed outside the fixes.
"""

from __future__ import annotations

import functools
import importlib
import logging
import warnings
from collections.abc import Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TypeVar, cast

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from ..deep import compile_source
from ..findings import Finding
from ..fixes import Fix
from ..noqa import split_lines

LOG = logging.getLogger(__name__)
N = TypeVar("N", bound=cst.CSTNode)
Positions = Mapping[cst.CSTNode, CodeRange]
TOO_DEEP = "the code is nested too deeply for libcst"


class EngineError(Exception):
    """The text as a whole cannot be fixed with libcst; one-line message."""


def byte_to_char(line_text: str, byte_col: int) -> int:
    """The character column of UTF-8 byte offset ``byte_col`` (as ``ast`` reports) in a line."""
    if byte_col <= 0 or line_text.isascii():
        return max(byte_col, 0)
    return len(line_text.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))


def node_at(
    where: MetadataWrapper | Positions, line: int, char_col: int, node_type: type[N]
) -> N | None:
    """The outermost ``node_type`` node starting at ``line`` (1-based), ``char_col`` (0-based,
    in characters), or ``None``. Starts are ``PositionProvider``'s: parentheses around
    a node are not part of it, as in ``ast``."""
    positions = where.resolve(PositionProvider) if isinstance(where, MetadataWrapper) else where
    starting = (
        (node, span)
        for node, span in positions.items()
        if span.start.line == line and span.start.column == char_col
    )
    return _outermost(starting, node_type)


def _outermost(candidates: Iterable[tuple[cst.CSTNode, CodeRange]], node_type: type[N]) -> N | None:
    best: N | None = None
    best_end = (-1, -1)
    for node, span in candidates:
        if isinstance(node, node_type) and (span.end.line, span.end.column) > best_end:
            best, best_end = node, (span.end.line, span.end.column)
    return best


class _Tree:
    """The parsed text: its libcst module in a metadata wrapper, nodes indexed by start."""

    def __init__(self, source: str, module: cst.Module, line_length: int = 79) -> None:
        self.source = source
        self.line_length = line_length
        self.wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        self._index: dict[tuple[int, int], list[tuple[cst.CSTNode, CodeRange]]] | None = None

    def starting_at(self, line: int, col: int) -> list[tuple[cst.CSTNode, CodeRange]]:
        if self._index is None:
            self._index = {}
            for node, span in self.wrapper.resolve(PositionProvider).items():
                key = (span.start.line, span.start.column)
                self._index.setdefault(key, []).append((node, span))
        return self._index.get((line, col), [])


@dataclass
class FixContext:
    """What a transform gets besides its finding: the tree and the finding's position.

    ``wrapper`` holds the module parsed from ``source`` (the original text:
    every transform of the pass sees the same tree). ``line`` (1-based) and
    ``char_col`` (0-based, in characters) are the finding's position; note
    that ``finding.col`` counts UTF-8 bytes, as ``ast`` does.
    """

    wrapper: MetadataWrapper
    source: str
    line: int
    char_col: int
    _tree: _Tree = field(repr=False)
    _locate: Callable[[int, int], tuple[int, int] | None] = field(repr=False)

    @property
    def line_length(self) -> int:
        """The project's line length (see :mod:`~flake8_asynclog.fix.line_length`)."""
        return self._tree.line_length

    @property
    def module(self) -> cst.Module:
        return self.wrapper.module

    @property
    def positions(self) -> Positions:
        return self.wrapper.resolve(PositionProvider)

    def locate(self, line: int, col: int) -> tuple[int, int] | None:
        """An ``ast`` position (``col`` in UTF-8 bytes, e.g. from the ``fix`` dict) as
        (line, character column) in the tree; ``None`` when outside the text."""
        return self._locate(line, col)

    def node_at(
        self, node_type: type[N], line: int | None = None, col: int | None = None
    ) -> N | None:
        """The outermost ``node_type`` node starting at the finding's position, or at the
        ``ast`` position ``line``, ``col`` (UTF-8 bytes) when given; ``None`` if none."""
        if line is None or col is None:
            where: tuple[int, int] | None = (self.line, self.char_col)
        else:
            where = self.locate(line, col)
        return None if where is None else _outermost(self._tree.starting_at(*where), node_type)


TransformFactory = Callable[[Any, FixContext], Optional[cst.CSTTransformer]]

#: fix class -> transform function, imported from ``transforms.TRANSFORMS`` on first use.
_LOADED: dict[type, TransformFactory] = {}


def transform_for(fix: Fix) -> TransformFactory | None:
    """The transform function of ``fix``'s class (imported once); ``None`` when it has
    none or its module cannot be imported (a broken transform must not break the fixer)."""
    from .transforms import TRANSFORMS

    kind = type(fix)
    if kind not in _LOADED and kind in TRANSFORMS:
        module, function = TRANSFORMS[kind].split(":")
        try:
            loaded = importlib.import_module(f"{__package__}.transforms.{module}")
            _LOADED[kind] = cast(TransformFactory, getattr(loaded, function))
        except Exception as exc:
            LOG.warning("cannot load fix transform %r: %s", TRANSFORMS[kind], exc)
            return None
    return _LOADED.get(kind)


@functools.lru_cache(maxsize=4)
def compiles(source: str) -> bool:
    """Whether ``source`` compiles (warnings silenced; the last few answers kept)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile_source(source, "<asynclog-fix>")
    except Exception:
        return False
    return True


def apply_fixes(
    source: str, findings: Sequence[Finding], line_length: int = 79
) -> tuple[str, list[Finding]]:
    """Apply the fixes of ``findings`` (``ast`` positions in ``source``).

    ``line_length``: the project's; code a fix writes stays inside it where the fix can
    split its lines as black would. Returns the new text and the findings whose fix
    was applied, in source order. Never raises because of a transform: a failing one stays unfixed.
    Raises :class:`EngineError` when libcst cannot parse ``source`` or it is nested
    too deeply for libcst.
    """
    todo: list[tuple[Finding, TransformFactory]] = []
    for finding in sorted(findings, key=lambda f: (f.line, f.col)):
        factory = transform_for(finding.fix) if finding.fix is not None else None
        if factory is not None:
            todo.append((finding, factory))
    if not todo:
        return source, []
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError as exc:
        reason = exc.message.removeprefix("parser error: ")
        raise EngineError(f"libcst cannot parse the file: {reason}") from None
    except (RecursionError, MemoryError):
        raise EngineError(TOO_DEEP) from None
    except Exception as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise EngineError(f"libcst cannot parse the file: {reason}") from None
    try:
        module = _faithful(module, source)
        return _apply(_Tree(source, module, line_length), todo)
    except (RecursionError, MemoryError):
        raise EngineError(TOO_DEEP) from None


class _PinIndent(cst.CSTTransformer):
    """Give blocks that use the module's default indentation that indentation explicitly."""

    def __init__(self, indent: str) -> None:
        super().__init__()
        self.indent = indent

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        if updated_node.indent is None:
            return updated_node.with_changes(indent=self.indent)
        return updated_node


def _faithful(module: cst.Module, source: str) -> cst.Module:
    """``module``, checked to write ``source`` back exactly (else :class:`EngineError`).

    A form feed in the first indented line becomes libcst's default indentation,
    with which new code cannot be generated: the existing blocks keep it
    explicitly, new code gets the same indentation without the form feed.
    """
    indent = module.default_indent
    if indent.strip(" \t"):
        plain = "".join(c for c in indent if c in " \t") or "    "
        module = module.visit(_PinIndent(indent)).with_changes(default_indent=plain)
    code = module.code
    if code != source:
        old, new = split_lines(source), split_lines(code)
        line = next((n for n, (a, b) in enumerate(zip(old, new), 1) if a != b), len(new) + 1)
        raise EngineError(f"libcst would not write the file back unchanged (line {line})")
    return module


def _apply(
    tree: _Tree, todo: Sequence[tuple[Finding, TransformFactory]]
) -> tuple[str, list[Finding]]:
    tree.starting_at(1, 0)  # resolve positions now: deep code fails here, not in a fix
    result = _one_pass(tree, todo)
    if result is not None and (not result[1] or compiles(result[0]) or not compiles(tree.source)):
        return result
    # Slow path: grow the set of fixes one at a time, keeping each that still compiles.
    best: tuple[str, list[Finding]] = (tree.source, [])
    accepted: list[tuple[Finding, TransformFactory]] = []
    for item in todo:
        result = _one_pass(tree, [*accepted, item])
        if result is not None and result[0] != best[0] and compiles(result[0]):
            accepted.append(item)
            best = result
    return best


def _one_pass(
    tree: _Tree, todo: Sequence[tuple[Finding, TransformFactory]]
) -> tuple[str, list[Finding]] | None:
    """Run the transforms of ``todo`` together; ``None`` if the pass itself failed.

    ``RecursionError`` / ``MemoryError`` propagate: they come from the text's depth."""
    lines = split_lines(tree.source)

    def locate(line: int, byte_col: int) -> tuple[int, int] | None:
        if not 0 < line <= len(lines):
            return None
        return line, byte_to_char(lines[line - 1], byte_col)

    subs: list[cst.CSTTransformer] = []
    owners: list[Finding] = []
    for finding, factory in todo:
        try:
            where = locate(finding.line, finding.col)
            if where is None:
                continue
            ctx = FixContext(tree.wrapper, tree.source, where[0], where[1], tree, locate)
            transformer = factory(finding.fix, ctx)
        except (RecursionError, MemoryError):
            raise  # the text, not this fix
        except Exception as exc:
            LOG.debug("fix %s at %d:%d failed: %r", finding.code, finding.line, finding.col, exc)
            continue
        if transformer is not None:
            subs.append(transformer)
            owners.append(finding)
    if not subs:
        return tree.source, []
    composite = _Composite(subs)
    try:
        with ExitStack() as stack:
            for sub in subs:
                stack.enter_context(sub.resolve(tree.wrapper))
            new = tree.wrapper.visit(composite).code
    except (RecursionError, MemoryError):
        raise
    except Exception as exc:
        LOG.debug("fix pass failed: %r", exc)
        return None
    if new == tree.source:
        return new, []
    return new, [f for f, changed in zip(owners, composite.changed) if changed]


class _Composite(cst.CSTTransformer):
    """Runs several transformers in one traversal, as if each ran alone on the tree.

    Only the transformers that define a hook for a node type are called for it;
    one that returned ``False`` from a visit is not called inside that node.
    """

    def __init__(self, subs: Sequence[cst.CSTTransformer]) -> None:
        super().__init__()
        self.subs = list(subs)
        self.changed = [False] * len(self.subs)
        self._suspended: dict[int, cst.CSTNode] = {}  # sub index -> node it skipped
        self._hooks: dict[str, tuple[int, ...]] = {}

    def _interested(self, generic: str, specific: str) -> tuple[int, ...]:
        found = self._hooks.get(specific)
        if found is None:
            found = tuple(
                index
                for index, sub in enumerate(self.subs)
                if _overrides(type(sub), generic) or _overrides(type(sub), specific)
            )
            self._hooks[specific] = found
        return found

    def _active(self, index: int) -> bool:
        return index not in self._suspended

    def on_visit(self, node: cst.CSTNode) -> bool:
        for index in self._interested("on_visit", f"visit_{type(node).__name__}"):
            if self._active(index) and not self.subs[index].on_visit(node):
                self._suspended[index] = node
        return True

    def on_leave(
        self, original_node: cst.CSTNodeT, updated_node: cst.CSTNodeT
    ) -> cst.CSTNodeT | cst.RemovalSentinel | cst.FlattenSentinel[cst.CSTNodeT]:
        result: cst.CSTNodeT | cst.RemovalSentinel | cst.FlattenSentinel[cst.CSTNodeT]
        result = updated_node
        for index in self._interested("on_leave", f"leave_{type(original_node).__name__}"):
            owner = self._suspended.get(index)
            if owner is not None and owner is not original_node:
                continue
            if not isinstance(result, cst.CSTNode):
                break  # replaced by a sentinel: later fixes of this node wait a round
            new = self.subs[index].on_leave(original_node, result)
            if new is not result:
                self.changed[index] = True
            result = new
        for index in [i for i, node in self._suspended.items() if node is original_node]:
            del self._suspended[index]
        return result

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        hook = f"visit_{type(node).__name__}_{attribute}"
        for index in self._interested("on_visit_attribute", hook):
            if self._active(index):
                self.subs[index].on_visit_attribute(node, attribute)

    def on_leave_attribute(self, original_node: cst.CSTNode, attribute: str) -> None:
        hook = f"leave_{type(original_node).__name__}_{attribute}"
        for index in self._interested("on_leave_attribute", hook):
            if self._active(index):
                self.subs[index].on_leave_attribute(original_node, attribute)


def _overrides(cls: type[cst.CSTTransformer], name: str) -> bool:
    mine = getattr(cls, name, None)
    return mine is not None and mine is not getattr(cst.CSTTransformer, name, None)
