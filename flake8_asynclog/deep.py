"""Run a recursive walk over code nested deeper than the default recursion limit.

The model and the rules walk the tree recursively, which is simple and fast for
the code people write. CPython compiles code far deeper than the default limit
of 1,000 frames allows such a walk to follow (hundreds of chained ``+``, ``elif``
or calls), so a walk that overflows is retried once, on a thread with a large
stack and a raised recursion limit. The retry is rare and costs nothing until
it is needed.
"""

from __future__ import annotations

import sys
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

STACK_BYTES = 512 * 1024 * 1024  # reserved, not committed: pages are touched as used
RECURSION_LIMIT = 200_000


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
