"""Logging configuration handed to uvicorn (it applies it with dictConfig at start-up)."""

import os

LOG_DIR = os.environ.get("BILLING_LOG_DIR", "/var/log/billing")

LOGGING_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "default": {
            "()": "uvicorn.logging.DefaultFormatter",
            "fmt": "%(levelprefix)s %(name)s: %(message)s",
            "use_colors": None,
        },
        "access": {
            "()": "uvicorn.logging.AccessFormatter",
            "fmt": '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s',
        },
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(name)s %(levelname)s %(message)s",
        },
    },
    "handlers": {
        "default": {
            "class": "logging.StreamHandler",
            "formatter": "default",
            "stream": "ext://sys.stderr",
        },
        "access": {
            "class": "logging.StreamHandler",
            "formatter": "access",
            "stream": "ext://sys.stdout",
        },
        "ledger_file": {
            "class": "logging.handlers.TimedRotatingFileHandler",
            "formatter": "json",
            "filename": os.path.join(LOG_DIR, "ledger.jsonl"),
            "when": "midnight",
            "backupCount": 90,
            "encoding": "utf-8",
        },
        "splunk": {
            "class": "splunk_handler.SplunkHandler",
            "host": os.environ.get("SPLUNK_HOST", "splunk.internal"),
            "port": 8088,
            "token": os.environ.get("SPLUNK_HEC_TOKEN", ""),
            "index": "billing",
            "flush_interval": 15.0,
        },
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        "billing": {"handlers": ["default", "splunk"], "level": "INFO", "propagate": False},
        "billing.ledger": {"handlers": ["ledger_file"], "level": "INFO"},
    },
}
