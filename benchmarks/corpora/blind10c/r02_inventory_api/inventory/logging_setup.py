"""Logging configuration for the API process."""
import logging.config

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)-7s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"},
        "app_file": {
            "class": "logging.handlers.RotatingFileHandler",
            "formatter": "plain",
            "filename": "inventory.log",
            "maxBytes": 5_000_000,
            "backupCount": 5,
        },
        "access_file": {"class": "logging.FileHandler", "formatter": "plain", "filename": "access.log"},
    },
    "loggers": {
        "inventory": {"handlers": ["app_file"], "level": "INFO"},
        "uvicorn.access": {"handlers": ["access_file"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": "INFO"},
}


def configure():
    logging.config.dictConfig(LOGGING)
