"""Site settings (Django-style module)."""
import os

DEBUG = os.environ.get("MYSITE_DEBUG", "0") == "1"
LOG_DIR = os.environ.get("MYSITE_LOG_DIR", "logs")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "{asctime} {levelname} {name} {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "verbose"},
        "file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": os.path.join(LOG_DIR, "mysite.log"),
            "maxBytes": 5_000_000,
            "backupCount": 3,
            "formatter": "verbose",
        },
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "mysite": {"handlers": ["file"], "level": "INFO", "propagate": True},
    },
}
