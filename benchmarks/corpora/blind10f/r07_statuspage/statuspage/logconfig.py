import logging.config


def configure(log_file: str) -> None:
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            },
            "file": {
                "class": "logging.handlers.WatchedFileHandler",
                "formatter": "plain",
                "filename": log_file,
            },
        },
        "loggers": {
            "statuspage": {"handlers": ["file"], "level": "INFO", "propagate": False},
        },
        "root": {"handlers": ["console"], "level": "INFO"},
    })
