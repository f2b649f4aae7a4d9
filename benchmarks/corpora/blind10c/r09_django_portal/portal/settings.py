"""Settings for the member portal."""
DEBUG = False
ROOT_URLCONF = "portal.urls"
INSTALLED_APPS = ["portal"]
ASGI_STARTUP = ["portal.logqueue"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "queue": {"class": "logging.handlers.QueueHandler", "queue": "ext://portal.logqueue.LOG_QUEUE"},
        "null": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["queue"], "level": "INFO"},
    "loggers": {
        "portal.audit": {"handlers": ["null"], "propagate": False},
    },
}
