#!/usr/bin/env python3
"""Run one program of a corpus repository under a logging tracer (runtime ground truth).

    python3 asltrace.py REPO OUT.jsonl [--] script.py ARGS...
    python3 asltrace.py REPO OUT.jsonl -m package.module ARGS...

Records, for every Handler.handle() call, the first frame outside the logging package
(the logging call site), whether that frame is a coroutine body, and the handler's kind
and attach site (the first non-logging frame of the addHandler() call that attached it,
i.e. the addHandler / basicConfig / dictConfig / fileConfig line). Appends JSON lines.
"""
import inspect
import json
import logging
import logging.handlers
import os
import runpy
import sys
import threading

LOGDIR = os.path.dirname(logging.__file__)
repo = os.path.abspath(sys.argv[1])
out = sys.argv[2]
rest = sys.argv[3:]
if rest and rest[0] == "--":
    rest = rest[1:]
attach = {}
events = []
program = " ".join(rest)


def rel(path):
    path = os.path.abspath(path)
    return os.path.relpath(path, repo) if path.startswith(repo + os.sep) else path


def outside(frame):
    while frame is not None and frame.f_code.co_filename.startswith(LOGDIR):
        frame = frame.f_back
    return frame


def kind(h):
    if isinstance(h, logging.handlers.QueueHandler):
        return "queue"
    if isinstance(h, logging.NullHandler):
        return "null"
    if isinstance(h, logging.FileHandler):
        return "file"
    net = (logging.handlers.SocketHandler, logging.handlers.SysLogHandler,
           logging.handlers.SMTPHandler, logging.handlers.HTTPHandler)
    if isinstance(h, net):
        return "network"
    if isinstance(h, logging.handlers.BufferingHandler):
        return "memory"
    if type(h) is logging.StreamHandler or type(h).__mro__[1:2] == (logging.StreamHandler,) and not type(h).__dict__.get("emit"):
        return "stream"
    if isinstance(h, logging.StreamHandler):
        return "stream"
    if type(h) is logging._StderrHandler:
        return "lastresort"
    return "custom:" + type(h).__name__


_add = logging.Logger.addHandler


def addHandler(self, hdlr):
    f = outside(sys._getframe(1))
    attach.setdefault(id(hdlr), (rel(f.f_code.co_filename), f.f_lineno) if f else ("?", 0))
    return _add(self, hdlr)


logging.Logger.addHandler = addHandler
_handle = logging.Handler.handle


def handle(self, record):
    f = outside(sys._getframe(1))
    if f is not None and threading.current_thread() is threading.main_thread():
        site = attach.get(id(self), ("?", 0))
        if self is logging.lastResort:
            site = ("lastResort", 0)
        events.append({
            "program": program,
            "file": rel(f.f_code.co_filename), "line": f.f_lineno,
            "func": f.f_code.co_qualname, "def": f.f_code.co_firstlineno,
            "coro": bool(f.f_code.co_flags & inspect.CO_COROUTINE),
            "kind": "lastresort" if self is logging.lastResort else kind(self),
            "handler": type(self).__name__, "site": list(site),
        })
    return _handle(self, record)


logging.Handler.handle = handle
# lastResort is called directly via handle() as well (Logger.callHandlers)
os.chdir(repo)
sys.path.insert(0, repo)
try:
    if rest[0] == "--call":  # a [project.scripts] entry "pkg.mod:func"
        mod, func = rest[1].split(":")
        sys.argv = [rest[1]] + rest[2:]
        getattr(__import__(mod, fromlist=["_"]), func)()
    elif rest[0] == "-m":
        sys.argv = [rest[1]] + rest[2:]
        runpy.run_module(rest[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = rest[:]
        sys.path[0] = os.path.dirname(os.path.abspath(rest[0]))
        runpy.run_path(rest[0], run_name="__main__")
except SystemExit as e:
    if e.code not in (None, 0):
        raise
finally:
    with open(out, "a") as fh:
        for e in events:
            fh.write(json.dumps(e) + "\n")
