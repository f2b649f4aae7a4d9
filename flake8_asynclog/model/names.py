"""Import resolution and the stdlib names the model recognises."""

from __future__ import annotations

import ast

from ..catalogue import ALIASES, row_for

LOG_METHODS = frozenset(
    {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"}
)

# Handler classes by qualified name -> kind.
HANDLER_KINDS: dict[str, str] = {
    "logging.Handler": "base",
    "logging.StreamHandler": "stream",
    "logging.FileHandler": "file",
    "logging.NullHandler": "null",
    "logging.handlers.WatchedFileHandler": "file",
    "logging.handlers.RotatingFileHandler": "file",
    "logging.handlers.TimedRotatingFileHandler": "file",
    "logging.handlers.BaseRotatingHandler": "file",
    "logging.handlers.SocketHandler": "network",
    "logging.handlers.DatagramHandler": "network",
    "logging.handlers.SysLogHandler": "network",
    "logging.handlers.SMTPHandler": "network",
    "logging.handlers.HTTPHandler": "network",
    "logging.handlers.NTEventLogHandler": "network",
    "logging.handlers.QueueHandler": "queue",
}
FILE_HANDLER_CLASSES = frozenset(q for q, k in HANDLER_KINDS.items() if k == "file")


def handler_kind_of(qual: str) -> str | None:
    """The kind of a handler class by its dotted name, with default arguments: the
    stdlib's, else the third-party catalogue's (``None``: not a known handler)."""
    kind = HANDLER_KINDS.get(qual)
    if kind is None:
        row = row_for(qual)
        kind = row.kind if row is not None else None
    return kind


BLOCKING_KINDS = frozenset({"file", "network", "custom", "stream"})
HARD_BLOCKING_KINDS = frozenset({"file", "network", "custom"})

QUEUE_LISTENER = "logging.handlers.QueueListener"
QUEUE_HANDLER = "logging.handlers.QueueHandler"
THREAD_QUEUES = frozenset(
    {
        "queue.Queue",
        "queue.LifoQueue",
        "queue.PriorityQueue",
        "queue.SimpleQueue",
        "multiprocessing.Queue",
        "multiprocessing.SimpleQueue",
        "multiprocessing.JoinableQueue",
        "multiprocessing.queues.Queue",
    }
)
ASYNCIO_QUEUES = frozenset({"asyncio.Queue", "asyncio.LifoQueue", "asyncio.PriorityQueue"})
LOOP_GETTERS = frozenset(
    {"asyncio.get_running_loop", "asyncio.get_event_loop", "asyncio.new_event_loop"}
)
TASK_CREATORS = frozenset({"asyncio.create_task", "asyncio.ensure_future"})
#: Functions that run an event loop (qualified names), and an event loop's methods that do.
LOOP_RUNNERS = frozenset(
    {
        "asyncio.run",
        "uvloop.run",
        "aiorun.run",
        "trio.run",
        "anyio.run",
        "uvicorn.run",
        "aiohttp.web.run_app",
        "web.run_app",
        "bot.run",  # discord.py / hikari bots: ``bot.run(TOKEN)`` runs the loop
        "client.run",
        "app.run",  # Sanic / Quart: ``app.run()`` runs the server's loop
    }
)
#: Methods that run an event loop: the loop's own, and the frameworks' (PTB
#: ``Application.run_polling``, aiogram ``start_polling``, ``web.run_app``).
LOOP_METHODS = frozenset(
    {"run_until_complete", "run_forever", "run_polling", "run_webhook", "start_polling", "run_app"}
)
CONFIG_CALLS = frozenset(
    {"logging.basicConfig", "logging.config.dictConfig", "logging.config.fileConfig"}
)

#: Objects whose methods in :data:`CLIENT_IO` block the thread on a file or the network
#: (``self.sock = socket.socket()`` ... ``self.sock.sendto()`` in ``emit()``).
CLIENTS = frozenset(
    {
        "open", "io.open", "socket.socket", "socket.create_connection", "smtplib.SMTP",
        "smtplib.SMTP_SSL", "requests.Session", "requests.session", "httpx.Client",
        "http.client.HTTPConnection", "http.client.HTTPSConnection", "urllib3.PoolManager",
    }
)  # fmt: skip
CLIENT_IO = frozenset(
    {
        "send", "sendall", "sendto", "sendmsg", "write", "writelines", "flush", "connect",
        "sendmail", "send_message", "get", "post", "put", "patch", "delete", "head",
        "options", "request", "urlopen", "getresponse",
    }
)  # fmt: skip
# Calls inside a handler's emit() that block the calling thread.
NETWORK_CALL_PREFIXES = (
    "requests.", "smtplib.", "socket.", "httpx.", "http.client.HTTPConnection.",
    "http.client.HTTPSConnection.", "urllib3.PoolManager.",
)  # fmt: skip
NETWORK_CALLS = frozenset({"urllib.request.urlopen", "socket.create_connection"})
# Constructors under those prefixes that do no I/O by themselves.
NOT_IO = frozenset(
    {
        "requests.Request",
        "requests.Session",
        "requests.session",
        "httpx.Client",
        "httpx.Timeout",
        "httpx.Request",
        "socket.gethostname",
        "socket.getfqdn",
    }
)
#: Calls that write a terminal stream: an application handler whose ``emit()`` makes one
#: is a stream handler.
STREAM_WRITES = frozenset(
    {
        "print",
        "sys.stderr.write",
        "sys.stdout.write",
        "sys.__stderr__.write",
        "sys.__stdout__.write",
        "click.echo",
        "click.secho",
        "typer.echo",
        "tqdm.tqdm.write",
    }
)
#: Calls of loguru's logger inside a stdlib handler's ``emit()``: the record goes on to
#: loguru's sinks (the InterceptHandler recipe).
LOGURU_WRITES = frozenset({"loguru.logger.opt", "loguru.logger.log", "loguru.logger.patch"})
BLOCKING_CALLS = frozenset(
    {"open", "io.open", "time.sleep", "sqlite3.connect", "subprocess.run"}
    | {"os.write", "os.writev", "os.pwrite", "os.fsync", "os.fdatasync"}
)


def is_network_call(qual: str) -> bool:
    """Whether a call blocks on the network (``requests.post``, ``urlopen``, ``smtplib.SMTP``)."""
    if qual in NOT_IO:
        return False
    return qual in NETWORK_CALLS or qual.startswith(NETWORK_CALL_PREFIXES)


_CANONICAL = {
    "asyncio.queues.Queue": "asyncio.Queue",
    "asyncio.queues.LifoQueue": "asyncio.LifoQueue",
    "asyncio.queues.PriorityQueue": "asyncio.PriorityQueue",
    "asyncio.tasks.create_task": "asyncio.create_task",
    "asyncio.tasks.ensure_future": "asyncio.ensure_future",
    "asyncio.events.get_running_loop": "asyncio.get_running_loop",
    "asyncio.events.get_event_loop": "asyncio.get_event_loop",
    "asyncio.events.new_event_loop": "asyncio.new_event_loop",
    "asyncio.runners.run": "asyncio.run",
    "logging.handlers.StreamHandler": "logging.StreamHandler",
    "logging.handlers.FileHandler": "logging.FileHandler",
    "multiprocessing.queues.SimpleQueue": "multiprocessing.SimpleQueue",
    **ALIASES,
}

# Names `from X import *` brings in, for the modules the model cares about.
_STAR_EXPORTS: dict[str, tuple[str, ...]] = {
    "logging": (
        "getLogger",
        "basicConfig",
        "StreamHandler",
        "FileHandler",
        "NullHandler",
        "Handler",
        "root",
        *sorted(LOG_METHODS),
    ),
    "logging.handlers": (
        *tuple(q.rsplit(".", 1)[1] for q in HANDLER_KINDS if "handlers." in q),
        "QueueListener",
    ),
}


def canonical(qualname: str) -> str:
    """The public spelling of a qualified name (``asyncio.queues.Queue`` -> ``asyncio.Queue``)."""
    return _CANONICAL.get(qualname, qualname)


class ImportMap:
    """Which local names stand for which imported modules and objects."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.imports_asyncio = False

    def add(self, node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "asyncio" or alias.name.startswith("asyncio."):
                    self.imports_asyncio = True
                if alias.asname:
                    self.names[alias.asname] = alias.name
                else:
                    top = alias.name.split(".", 1)[0]
                    self.names[top] = top
            return
        if node.level:  # kept as ``.mod.name``; the project index resolves it
            for alias in node.names:
                if alias.name != "*":
                    prefix = "." * node.level + (f"{node.module}." if node.module else "")
                    self.names[alias.asname or alias.name] = prefix + alias.name
            return
        if not node.module:
            return
        module = node.module
        if module == "asyncio" or module.startswith("asyncio."):
            self.imports_asyncio = True
        for alias in node.names:
            if alias.name == "*":
                for name in _STAR_EXPORTS.get(module, ()):
                    self.names[name] = f"{module}.{name}"
                continue
            self.names[alias.asname or alias.name] = f"{module}.{alias.name}"

    def qualname(self, node: ast.expr) -> str | None:
        """The dotted name an expression refers to through imports, if any."""
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            return None
        base = self.names.get(node.id)
        if base is None:
            if node.id in ("open", "print") and not parts:
                return node.id
            return None
        parts.append(base)
        return canonical(".".join(reversed(parts)))


def runs_loop(call: ast.Call) -> bool:
    """``asyncio.run(...)`` as written, or ``<loop>.run_until_complete`` / ``run_forever``
    (the model also resolves aliases of ``asyncio.run``)."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in LOOP_METHODS:
        return True
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}" in LOOP_RUNNERS
    return False
