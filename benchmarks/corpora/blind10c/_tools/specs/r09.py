REPO = "r09_django_portal"
TITLE = ("CLEAN. Django-style ASGI portal (local `djangoish` + `uvicorn.run` stand-ins): settings LOGGING applied by the framework's setup() sends root to a "
         "dictConfig-built QueueHandler (queue resolved with ext://, QueueListener with RotatingFileHandler + StreamHandler started at lifespan startup), "
         "'portal.audit' to a NullHandler with propagate=False, plus an in-memory ring-buffer handler on root for the debug panel; "
         "a sync management command that adds its own FileHandler runs in manage.py's loop-less program.")
PROGRAMS = [
    ("python3 serve.py", "script serve.py",
     "serve.py (main block: uvicorn.run -> asyncio.run) -> uvicorn.py, portal/logqueue.py, portal/asgi.py -> djangoish/core/asgi.py -> djangoish (setup: dictConfig(settings.LOGGING), apps.ready()), "
     "portal/settings.py, portal/apps.py, portal/urls.py -> portal/views.py, portal/debug_panel.py (the last ones imported by dotted name through importlib). "
     "Root: QueueHandler + RingBufferHandler (in memory). 'portal.audit': NullHandler, propagate=False."),
    ("python3 manage.py import_users", "script manage.py import_users",
     "sync, no event loop: djangoish.setup() then the import_users command (imported by dotted name) attaches a FileHandler to 'portal'."),
]
FINDINGS = []
MUST_NOT = [
    ("djangoish/__init__.py", "logging.config.dictConfig(settings.LOGGING)", "no ASL103", "settings.LOGGING holds only a QueueHandler and a NullHandler"),
    ("portal/apps.py", "logging.getLogger().addHandler(RING)", "no ASL103", "RingBufferHandler.emit appends to a deque"),
    ("portal/views.py", 'log.info("dashboard rendered")', "no ASL101/ASL102", "root: QueueHandler + in-memory handler"),
    ("portal/views.py", 'log.info("listing %d events"', "no ASL101/ASL102", "same"),
    ("portal/views.py", 'audit.info("admin panel opened")', "no ASL101/ASL102", "'portal.audit': NullHandler, propagate=False"),
    ("uvicorn.py", 'logger.info("Started server process")', "no ASL101/ASL102", "'uvicorn.error' -> queued root"),
    ("portal/management/commands/import_users.py", 'logging.getLogger("portal").addHandler(handler)', "no ASL103", "management command: sync, runs in manage.py's program, which has no event loop; its FileHandler on 'portal' (parent of 'portal.views') never exists in the server process"),
]
CUSTOM_KINDS = {"RingBufferHandler": "memory"}
