import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "shop.example.com").split(",")
ADMINS = [("Shop ops", "ops@shop.example.com")]
SERVER_EMAIL = "django@shop.example.com"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.example.com")

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "catalog",
    "orders",
    "payments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]

ROOT_URLCONF = "shop.urls"
ASGI_APPLICATION = "shop.asgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "shop"),
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOG_DIR = BASE_DIR / "logs"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "{asctime} {levelname} {name} {process:d} {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "verbose"},
        "orders_file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": LOG_DIR / "orders.log",
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
            "formatter": "verbose",
        },
        "splunk_sync": {
            "class": "splunk_handler.SplunkHandler",
            "host": os.environ.get("SPLUNK_HOST", "splunk.internal"),
            "port": 8088,
            "token": os.environ.get("SPLUNK_TOKEN", ""),
            "index": "shop-payments",
            "flush_interval": 0,
        },
        "splunk_batched": {
            "class": "splunk_handler.SplunkHandler",
            "host": os.environ.get("SPLUNK_HOST", "splunk.internal"),
            "port": 8088,
            "token": os.environ.get("SPLUNK_TOKEN", ""),
            "index": "shop-analytics",
        },
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "orders": {"handlers": ["orders_file"], "level": "INFO", "propagate": False},
        "payments": {"handlers": ["splunk_sync"], "level": "INFO", "propagate": False},
        "analytics": {"handlers": ["splunk_batched"], "level": "INFO", "propagate": False},
    },
}
