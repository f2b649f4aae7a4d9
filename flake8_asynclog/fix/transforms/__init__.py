"""Fix transforms, one module per fix kind.

Each module listed in :data:`MODULES` defines

* ``KIND: str`` - the ``fix["kind"]`` it handles (or ``KINDS``, a tuple of them), and
* ``transform(finding: Finding, ctx: FixContext) -> libcst.CSTTransformer | None``
  - called with the finding and a :class:`~flake8_asynclog.fix.engine.FixContext`
  on the original tree; returns the transformer that rewrites it, or ``None``
  when there is nothing to do (the finding is then left unfixed). All the
  transformers of a file run together in one pass: see the rules in
  :mod:`flake8_asynclog.fix.engine` (targets by identity, build from
  ``updated_node``, return ``updated_node`` itself when not changing a node).

To add a fix kind: write ``transforms/<name>.py`` and add ``"<name>"`` here.
The engine imports these modules on first use (so importing the fixer CLI
does not import libcst).
"""

from __future__ import annotations

MODULES: tuple[str, ...] = (
    "drop_await",
    "keep_task",
    "add_global",
    "insert_sleep",
    "thread_queue",
    "register_stop",
    "atexit_reference",
    "queue_setup",
    "call_args",
    "listener_stop",
)
