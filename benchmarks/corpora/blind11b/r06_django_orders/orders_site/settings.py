import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")
ADMINS = [("Ops", "ops@example.com")]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "orders",
    "payments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "orders_site.urls"
ASGI_APPLICATION = "orders_site.asgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "orders"),
        "HOST": os.environ.get("POSTGRES_HOST", "db"),
    }
}

WAREHOUSE_URL = os.environ.get("WAREHOUSE_URL", "http://warehouse:8000/api/shipments")
LOG_DIR = Path(os.environ.get("ORDERS_LOG_DIR", BASE_DIR / "logs"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "{asctime} {levelname} {name} {process:d} {message}", "style": "{"},
        "simple": {"format": "{levelname} {name}: {message}", "style": "{"},
    },
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "simple"},
        "payments_console": {"class": "orders_site.logutils.ColorConsoleHandler", "formatter": "simple"},
        "orders_file": {
            "class": "orders_site.logutils.SafeRotatingFileHandler",
            "filename": LOG_DIR / "orders.log",
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
            "formatter": "verbose",
        },
        "mail_admins": {
            "level": "ERROR",
            "class": "django.utils.log.AdminEmailHandler",
            "filters": ["require_debug_false"],
        },
    },
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO"},
        "django.request": {"handlers": ["mail_admins"], "level": "ERROR", "propagate": False},
        "orders": {"handlers": ["orders_file"], "level": "INFO", "propagate": False},
        "payments": {"handlers": ["payments_console"], "level": "INFO", "propagate": False},
    },
}

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
