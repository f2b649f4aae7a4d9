import logging.config
import os

LOG_DIR = os.environ.get("API_LOG_DIR", ".")


def configure_logging(level: str = "INFO") -> None:
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s [%(name)s] %(message)s"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"},
            "file": {"class": "logging.handlers.RotatingFileHandler", "filename": os.path.join(LOG_DIR, "api.log"),
                     "maxBytes": 5_000_000, "backupCount": 5, "formatter": "plain"},
        },
        "loggers": {"api": {"handlers": ["file"], "level": level}},
        "root": {"handlers": ["console"], "level": level},
    })
