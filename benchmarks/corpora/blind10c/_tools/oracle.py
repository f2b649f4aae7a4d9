#!/usr/bin/env python3
"""Runtime cross-check for the blind corpus (not part of any repository).

    python3 _tools/oracle.py REPO OUT.jsonl script PATH [ARGS...]
    python3 _tools/oracle.py REPO OUT.jsonl module NAME [ARGS...]
    python3 _tools/oracle.py REPO OUT.jsonl call MODULE:FUNC [ARGS...]

Runs one program of REPO with the stdlib logging module instrumented: every logging
call made directly from a coroutine (or async generator) frame inside REPO is recorded
with the handlers its logger reaches at that moment (walking parents, honouring
propagate, ignoring levels) and, for each handler, the repository line of the set-up
call that attached it (addHandler / basicConfig / dictConfig / fileConfig / an
assignment to ``.handlers``).
"""
import json
import logging
import logging.config
import logging.handlers
import os
import runpy
import sys
import importlib

REPO = os.path.realpath(sys.argv[1])
OUT = sys.argv[2]
MODE, TARGET, ARGS = sys.argv[3], sys.argv[4], sys.argv[5:]
LOGDIR = os.path.dirname(os.path.realpath(logging.__file__))
ME = os.path.realpath(__file__)
ASYNC_FLAGS = 0x80 | 0x200
RECORDS = []


def _rel(filename):
    real = os.path.realpath(filename)
    if real.startswith(REPO + os.sep):
        return os.path.relpath(real, REPO)
    return None


def _site(frame):
    while frame is not None:
        real = os.path.realpath(frame.f_code.co_filename)
        if real.startswith(LOGDIR) or real == ME:
            frame = frame.f_back
            continue
        rel = _rel(real)
        return f"{rel}:{frame.f_lineno}" if rel else f"<ext>{real}:{frame.f_lineno}"
    return "?"


def _mark(handler, frame):
    sites = handler.__dict__.setdefault("_oracle_sites", [])
    s = _site(frame)
    if s not in sites:
        sites.append(s)


_orig_add = logging.Logger.addHandler


def addHandler(self, hdlr):
    _mark(hdlr, sys._getframe(1))
    return _orig_add(self, hdlr)


logging.Logger.addHandler = addHandler


def _get_handlers(self):
    return self.__dict__["handlers"]


def _set_handlers(self, value):
    for h in value or ():
        _mark(h, sys._getframe(1))
    self.__dict__["handlers"] = value


logging.Logger.handlers = property(_get_handlers, _set_handlers)


def kind(h):
    H = logging.handlers
    if isinstance(h, H.QueueHandler):
        return "queue"
    if isinstance(h, logging.NullHandler):
        return "null"
    if isinstance(h, logging.FileHandler):
        return "file"
    if isinstance(h, logging.StreamHandler):
        return "stream"
    if isinstance(h, (H.SocketHandler, H.SysLogHandler, H.SMTPHandler, H.HTTPHandler)):
        return "net"
    if isinstance(h, H.MemoryHandler):
        return "memory->" + (kind(h.target) if h.target else "none")
    if isinstance(h, H.BufferingHandler):
        return "memory"
    return "custom:" + type(h).__name__


def reach(logger):
    out, c = [], logger
    while c is not None:
        out.extend(c.handlers)
        if not c.propagate:
            break
        c = c.parent
    return out


def record(logger, frame, how):
    if frame is None or not (frame.f_code.co_flags & ASYNC_FLAGS):
        return
    rel = _rel(frame.f_code.co_filename)
    if rel is None:
        return
    code = frame.f_code
    hs = reach(logger)
    RECORDS.append({
        "file": rel, "line": frame.f_lineno, "how": how, "logger": logger.name,
        "coro": f"{rel}:{code.co_firstlineno}:{getattr(code, 'co_qualname', code.co_name)}",
        "handlers": [[kind(h), h.__dict__.get("_oracle_sites", ["<unattached>"])] for h in hs],
    })


METHODS = ("debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log")


def _wrap_method(cls, name, get_logger):
    orig = getattr(cls, name, None)
    if orig is None:
        return

    def f(self, *a, **k):
        caller = sys._getframe(1)
        if os.path.realpath(caller.f_code.co_filename) != os.path.realpath(logging.__file__):
            record(get_logger(self), caller, f"{cls.__name__}.{name}")
        return orig(self, *a, **k)

    setattr(cls, name, f)


for _n in METHODS:
    _wrap_method(logging.Logger, _n, lambda s: s)
    _wrap_method(logging.LoggerAdapter, _n, lambda s: s.logger)


def _wrap_func(name):
    orig = getattr(logging, name)

    def f(*a, **k):
        record(logging.root, sys._getframe(1), f"logging.{name}")
        if not logging.root.handlers:
            RECORDS.append({"implicit_basicConfig": _site(sys._getframe(1))})
        return orig(*a, **k)

    setattr(logging, name, f)


for _n in METHODS:
    _wrap_func(_n)


def finish():
    with open(OUT, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"program": f"{MODE} {TARGET}", "records": RECORDS}) + "\n")


os.chdir(REPO)
try:
    if MODE == "script":
        path = os.path.join(REPO, TARGET)
        sys.argv = [path, *ARGS]
        sys.path[0] = os.path.dirname(path)
        runpy.run_path(path, run_name="__main__")
    elif MODE == "module":
        sys.argv = [TARGET, *ARGS]
        sys.path[0] = REPO
        runpy.run_module(TARGET, run_name="__main__", alter_sys=True)
    elif MODE == "call":
        mod, func = TARGET.split(":")
        sys.argv = [func, *ARGS]
        sys.path[0] = REPO
        getattr(importlib.import_module(mod), func)()
    else:
        raise SystemExit(f"bad mode {MODE}")
except SystemExit as exc:
    if exc.code not in (None, 0):
        finish()
        raise
finish()
