import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only")
INSTALLED_APPS = ["shop", "payments"]
ROOT_URLCONF = "project.urls"
LOG_DIR = Path(os.environ.get("TEASHOP_LOG_DIR", BASE_DIR))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"verbose": {"format": "{asctime} {levelname} {name} {message}", "style": "{"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "verbose"},
        "file": {"class": "logging.handlers.RotatingFileHandler", "filename": str(LOG_DIR / "teashop.log"),
                 "maxBytes": 1024 * 1024 * 5, "backupCount": 5, "formatter": "verbose"},
    },
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO"},
        "shop": {"handlers": ["file"], "level": "INFO", "propagate": False},
        "payments": {"handlers": ["file", "console"], "level": "INFO", "propagate": False},
    },
}
