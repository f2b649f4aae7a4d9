#!/usr/bin/env python3
"""Run one program of a corpus repository with stdlib logging instrumented.

    trace.py REPO OUT.json script PATH [ARGS...]
    trace.py REPO OUT.json module NAME [ARGS...]
    trace.py REPO OUT.json call MODULE:FUNC [ARGS...]

Records, for every stdlib logging call made directly from the repository's code, the
innermost repository frame (file, line, code object, coroutine or not) and every handler
the record reaches (walking the logger hierarchy, stopping at propagate=False), with the
place where that handler was attached (innermost repository frame of addHandler /
basicConfig / dictConfig / `logger.handlers = [...]`).
"""
import json
import logging
import logging.config
import logging.handlers as H
import os
import runpy
import sys
import time

REPO = os.path.realpath(sys.argv[1])
OUT = os.path.abspath(sys.argv[2])
MODE, TARGET, ARGS = sys.argv[3], sys.argv[4], sys.argv[5:]
LOGGING_FILE = logging.__file__
CO_ASYNC = 0x80 | 0x100 | 0x200

SITES = {}   # id(handler) -> [path, line, how]
KEEP = []
CALLS = []
NOOPS = []
_state = {"implicit": False, "guard": False}


def rel(fn):
    return os.path.relpath(os.path.realpath(fn), REPO)


def in_repo(fn):
    real = os.path.realpath(fn)
    return real.startswith(REPO + os.sep)


def repo_frame(f):
    while f is not None:
        if in_repo(f.f_code.co_filename):
            return f
        f = f.f_back
    return None


def note_site(h, how):
    if id(h) in SITES:
        return
    f = repo_frame(sys._getframe(2))
    KEEP.append(h)
    if _state["implicit"]:
        how = "implicit"
    SITES[id(h)] = [rel(f.f_code.co_filename), f.f_lineno, how] if f else ["?", 0, how]


_orig_add = logging.Logger.addHandler


def addHandler(self, hdlr):
    note_site(hdlr, "addHandler")
    return _orig_add(self, hdlr)


logging.Logger.addHandler = addHandler


def _setattr(self, name, value):
    if name == "handlers" and value:
        for h in value:
            note_site(h, "handlers=")
    object.__setattr__(self, name, value)


logging.Logger.__setattr__ = _setattr

_orig_basic = logging.basicConfig


def basicConfig(**kwargs):
    caller = sys._getframe(1)
    implicit = caller.f_code.co_filename == LOGGING_FILE
    if logging.root.handlers and not kwargs.get("force"):
        f = repo_frame(caller)
        NOOPS.append([rel(f.f_code.co_filename), f.f_lineno] if f else ["?", 0])
    old = _state["implicit"]
    _state["implicit"] = implicit
    try:
        return _orig_basic(**kwargs)
    finally:
        _state["implicit"] = old


logging.basicConfig = basicConfig


def kind(h):
    if isinstance(h, H.QueueHandler):
        return "queue"
    if isinstance(h, logging.NullHandler):
        return "null"
    if isinstance(h, logging.FileHandler):
        return "file"
    if isinstance(h, (H.SocketHandler, H.SysLogHandler, H.SMTPHandler, H.HTTPHandler, H.NTEventLogHandler)):
        return "network"
    if isinstance(h, H.MemoryHandler):
        return "memory" if h.target is None else "memory->" + kind(h.target)
    if isinstance(h, H.BufferingHandler):
        return "memory"
    if isinstance(h, logging.StreamHandler):
        return "stream"
    return "custom:" + type(h).__name__


def reached(logger):
    out = []
    c = logger
    found = False
    while c:
        for h in c.handlers:
            found = True
            out.append([kind(h), type(h).__name__, SITES.get(id(h), ["?", 0, "?"])])
        if not c.propagate:
            break
        c = c.parent
    if not found:
        out.append(["lastresort", "_StderrHandler", ["?", 0, "lastresort"]])
    return out


LEVELS = {"debug": 10, "info": 20, "warning": 30, "warn": 30, "error": 40, "exception": 40,
          "critical": 50, "fatal": 50}


def record(logger, caller, meth, args):
    f = caller
    while f is not None and f.f_code.co_filename == LOGGING_FILE:
        f = f.f_back
    if f is None or not in_repo(f.f_code.co_filename):
        return
    code = f.f_code
    CALLS.append({
        "path": rel(code.co_filename), "line": f.f_lineno,
        "func": getattr(code, "co_qualname", code.co_name), "firstline": code.co_firstlineno,
        "coro": bool(code.co_flags & CO_ASYNC), "logger": logger.name,
        "reach": reached(logger),
        "enabled": enabled(logger, meth, args),
    })


def enabled(logger, meth, args):
    level = LEVELS.get(meth) or (args[0] if args and isinstance(args[0], int) else 0)
    if not logger.isEnabledFor(level):
        return "logger-disabled"
    passing = []
    c = logger
    while c:
        passing += [type(h).__name__ for h in c.handlers if level >= h.level]
        if not c.propagate:
            break
        c = c.parent
    return passing


def wrap(name):
    orig = getattr(logging.Logger, name)

    def method(self, *a, **k):
        if _state["guard"]:
            return orig(self, *a, **k)
        _state["guard"] = True
        try:
            record(self, sys._getframe(1), name, a)
        finally:
            _state["guard"] = False
        return orig(self, *a, **k)

    method.__name__ = name
    setattr(logging.Logger, name, method)


for _m in ("debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"):
    wrap(_m)


def dump(status):
    with open(OUT, "w") as fh:
        json.dump({"calls": CALLS, "noops": NOOPS, "status": status,
                   "elapsed": time.monotonic() - T0}, fh, indent=1)


T0 = time.monotonic()
os.chdir(REPO)
status = "ok"
try:
    if MODE == "script":
        path = os.path.join(REPO, TARGET)
        sys.argv = [path] + ARGS
        sys.path.insert(0, os.path.dirname(path))
        runpy.run_path(path, run_name="__main__")
    elif MODE == "module":
        sys.argv = [TARGET] + ARGS
        sys.path.insert(0, REPO)
        runpy.run_module(TARGET, run_name="__main__", alter_sys=True)
    else:
        sys.path.insert(0, REPO)
        mod, func = TARGET.split(":")
        sys.argv = [func] + ARGS
        import importlib
        rc = getattr(importlib.import_module(mod), func)()
        status = "ok rc=%r" % (rc,)
except SystemExit as exc:
    status = "exit %r" % (exc.code,)
except BaseException as exc:  # noqa: B902
    import traceback
    traceback.print_exc()
    status = "error %r" % (exc,)
dump(status)
