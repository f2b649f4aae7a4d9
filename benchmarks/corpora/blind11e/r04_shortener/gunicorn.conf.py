# gunicorn -c gunicorn.conf.py
import multiprocessing
import os

wsgi_app = "shortener.app:create_app"
worker_class = "aiohttp.GunicornWebWorker"
bind = os.environ.get("BIND", "0.0.0.0:8080")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
keepalive = 5
graceful_timeout = 20

LOG_DIR = os.environ.get("LOG_DIR", "/var/log/shortener")

logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "generic": {
            "format": "%(asctime)s [%(process)d] [%(levelname)s] %(name)s: %(message)s",
            "datefmt": "[%Y-%m-%d %H:%M:%S %z]",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "generic", "stream": "ext://sys.stdout"},
        "shared_file": {
            "class": "concurrent_log_handler.ConcurrentRotatingFileHandler",
            "formatter": "generic",
            "filename": os.path.join(LOG_DIR, "shortener.log"),
            "maxBytes": 20 * 1024 * 1024,
            "backupCount": 5,
            "use_gzip": True,
        },
    },
    "root": {"level": "INFO", "handlers": ["console", "shared_file"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["console", "shared_file"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["console"], "propagate": False},
    },
}
