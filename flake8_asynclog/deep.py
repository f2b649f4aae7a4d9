"""Run a recursive walk over code nested deeper than the default recursion limit.

The model and the rules walk the tree recursively, which is simple and fast for
the code people write. CPython compiles code far deeper than the default limit
of 1,000 frames allows such a walk to follow (hundreds of chained ``+``, ``elif``
or calls), so a walk that overflows is retried once, on a thread with a large
stack and a raised recursion limit. The retry is rare and costs nothing until
it is needed.
"""

from __future__ import annotations

import ast
import sys
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

STACK_BYTES = 512 * 1024 * 1024  # reserved, not committed: pages are touched as used
RECURSION_LIMIT = 200_000
# Before 3.11, ast.parse and compile() recurse in C with no depth check: a long enough
# chain of ``+`` crashes the process on the default stack instead of raising.
UNGUARDED_C_RECURSION = sys.version_info < (3, 11)


def call_deep(function: Callable[[], T]) -> T:
    """``function()`` on a big-stack thread with a high recursion limit.

    Re-raises whatever ``function`` raised (``RecursionError`` included, when even
    this is not deep enough). The limit is process-wide while the thread runs;
    the caller waits for it, so no other code of this thread sees the change.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(function())
        except BaseException as exc:  # handed to the caller's thread
            failure.append(exc)

    old_limit = sys.getrecursionlimit()
    try:
        old_size = threading.stack_size(STACK_BYTES)
    except (ValueError, RuntimeError):  # the platform cannot: run as deep as we are
        return function()
    try:
        sys.setrecursionlimit(max(old_limit, RECURSION_LIMIT))
        worker = threading.Thread(target=target, name="asynclog-deep")
        worker.start()
        worker.join()
    finally:
        sys.setrecursionlimit(old_limit)
        threading.stack_size(old_size)
    if failure:
        raise failure[0]
    return outcome[0]


def parse(source: str, filename: str = "<unknown>") -> ast.Module:
    """``ast.parse``, on a big stack where CPython could overflow the C stack."""
    if UNGUARDED_C_RECURSION:
        return call_deep(lambda: ast.parse(source, filename))
    return ast.parse(source, filename)


def compile_source(source: str, filename: str) -> object:
    """``compile(source, filename, "exec")``, on a big stack where CPython needs one."""
    if UNGUARDED_C_RECURSION:
        return call_deep(lambda: compile(source, filename, "exec", dont_inherit=True))
    return compile(source, filename, "exec", dont_inherit=True)
