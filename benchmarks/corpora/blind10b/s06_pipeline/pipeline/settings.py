"""Runtime settings, including the logging dict the worker applies."""
import os

LOG_LEVEL = os.environ.get("PIPELINE_LOG_LEVEL", "INFO")
QUIET = ("urllib3", "asyncio")
STAGE_NAMES = ("extract", "transform", "load")


def logging_config(level: str = LOG_LEVEL) -> dict:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {
            "queue": {"class": "logging.handlers.QueueHandler", "queue": "ext://pipeline.logq.LOG_QUEUE"},
        },
        "loggers": {
            "pipeline": {"handlers": ["queue"], "level": level, "propagate": False},
            **{name: {"level": "WARNING"} for name in QUIET},
        },
        "root": {"handlers": ["queue"], "level": "INFO"},
    }
