"""Fix transforms: which function rewrites the code for each kind of fix.

:data:`TRANSFORMS` maps each fix class of :mod:`flake8_asynclog.fixes` to
``"module:function"`` in this package. The function is called as
``function(fix, ctx)`` with the finding's fix and a
:class:`~flake8_asynclog.fix.engine.FixContext` on the original tree (the
finding's position is ``ctx.line`` / ``ctx.char_col``); it returns the
transformer that rewrites the tree, or ``None`` when there is nothing to do
(the finding is then left unfixed). All the transformers of a file run
together in one pass: see the rules in :mod:`flake8_asynclog.fix.engine`
(targets by identity, build from ``updated_node``, return ``updated_node``
itself when not changing a node).

To add a fix: a dataclass in :mod:`flake8_asynclog.fixes`, its function in a
module here, one row below. The modules are imported on first use, so importing
the fixer's CLI does not import libcst.
"""

from __future__ import annotations

from ... import fixes

TRANSFORMS: dict[type[fixes.Fix], str] = {
    fixes.DropAwait: "drop_await:drop_await",
    fixes.AddDelay: "call_args:add_delay",
    fixes.AddEnqueue: "call_args:add_enqueue",
    fixes.UnboundedQueue: "call_args:unbounded_queue",
    fixes.KeepTask: "statements:keep_task",
    fixes.AddGlobal: "statements:add_global",
    fixes.InsertSleep: "statements:insert_sleep",
    fixes.ThreadQueue: "queue_objects:thread_queue",
    fixes.RegisterStop: "queue_objects:register_stop",
    fixes.AtexitReference: "queue_objects:atexit_reference",
    fixes.QueueSetup: "queue_setup:queue_setup",
    fixes.StopInFinally: "listener_stop:stop_in_finally",
    fixes.ReraiseCancel: "listener_stop:reraise_cancel",
}
