REPO = "r03_edge_gateway"
TITLE = ("CLEAN. aiohttp-style API gateway (local `aiohttpish.web.run_app` -> asyncio.run) whose root and audit loggers only enqueue: "
         "QueueHandlers on root and on a propagate=False audit logger, the RotatingFileHandler / StreamHandler / FileHandler owned by QueueListeners; "
         "a leftover basicConfig(filename=...) that is a no-op because root already has the QueueHandler; a dev script with file + stream handlers beside the queued server; "
         "a sync `__main__` demo block with basicConfig(filename=...) in a library module; a dead module with a module-level FileHandler.")
PROGRAMS = [
    ("python3 -m gateway.app", "module gateway.app",
     "gateway/app.py -> aiohttpish/web.py (run_app -> asyncio.run), gateway/proxy.py, gateway/ratelimit.py (its main block does not run), gateway/upstream.py, gateway/compat.py, gateway/logconf.py, gateway/settings.py. "
     "Root: QueueHandler only (listener owns RotatingFileHandler + StreamHandler). 'gateway.audit': QueueHandler, propagate=False (listener owns a FileHandler). compat.ensure_logging()'s basicConfig runs after that: no-op."),
    ("edge-gateway  (console script gateway.app:main)", None, "same program."),
    ("python3 scripts/warm_cache.py", "script scripts/warm_cache.py",
     "sync dev script, no event loop; imports gateway/upstream.py (coroutines). basicConfig(handlers=[FileHandler, StreamHandler])."),
    ("python3 -m gateway.ratelimit", "module gateway.ratelimit",
     "the module's sync demo block: basicConfig(filename='ratelimit-demo.log'), no event loop."),
]
FINDINGS = []
MUST_NOT = [
    ("gateway/logconf.py", "root.addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler; the blocking handlers are owned by a QueueListener"),
    ("gateway/logconf.py", "audit.addHandler(logging.handlers.QueueHandler(audit_queue))", "no ASL103", "QueueHandler on the audit logger"),
    ("gateway/compat.py", "logging.basicConfig(filename=", "no ASL103", "no-op: runs after setup_logging() gave root its QueueHandler"),
    ("gateway/app.py", 'log.info("health check', "no ASL101/ASL102", "root has only the QueueHandler"),
    ("gateway/proxy.py", "log.info(\"%s %s -> %s\"", "no ASL101/ASL102", "queued root"),
    ("gateway/proxy.py", "audit.info(", "no ASL101/ASL102", "audit logger: QueueHandler, propagate=False"),
    ("gateway/ratelimit.py", 'log.warning("rate limit hit', "no ASL101/ASL102", "queued root in the server; the demo block's basicConfig belongs only to the demo program, which runs no loop"),
    ("gateway/ratelimit.py", 'logging.basicConfig(filename="ratelimit-demo.log"', "no ASL103", "sync `__main__` demo block"),
    ("gateway/upstream.py", 'log.info("connected to', "no ASL101/ASL102", "queued root"),
    ("aiohttpish/web.py", "server_logger.info(", "no ASL101/ASL102", "framework stub logs to the queued root"),
    ("aiohttpish/web.py", "access_logger.info(", "no ASL101/ASL102", "queued root"),
    ("scripts/warm_cache.py", "logging.basicConfig(", "no ASL103", "sync dev script with no event loop (imports coroutines, never runs them)"),
    ("gateway/legacy_logging.py", 'logging.getLogger("gateway").addHandler(_file)', "no ASL103", "dead module: nothing imports it"),
    ("gateway/legacy_logging.py", 'logging.getLogger("gateway").info(', "no ASL101", "coroutine of a dead module"),
]
